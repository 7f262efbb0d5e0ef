package dev.closecodes.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.closecodes.processor.model.RuntimeTypes;
import dev.closecodes.runtime.CloseCode;
import dev.closecodes.runtime.CloseCodeRegistry;
import dev.closecodes.runtime.CloseCodeSet;
import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.ReasonTemplate;
import org.junit.jupiter.api.Test;

/** The runtime's types, as the processor spells them, are the runtime's types. */
class RuntimeTypesTest {

  @Test
  void eachNameIsTheRuntimeType() {
    assertEquals(CloseCode.class.getName(), RuntimeTypes.qualified(RuntimeTypes.CLOSE_CODE));
    assertEquals(CloseCodeSet.class.getName(), RuntimeTypes.qualified(RuntimeTypes.CLOSE_CODE_SET));
    assertEquals(CloseEvent.class.getName(), RuntimeTypes.qualified(RuntimeTypes.CLOSE_EVENT));
    assertEquals(
        CloseCodeRegistry.class.getName(),
        RuntimeTypes.qualified(RuntimeTypes.CLOSE_CODE_REGISTRY));
    assertEquals(
        ReasonTemplate.class.getName(), RuntimeTypes.qualified(RuntimeTypes.REASON_TEMPLATE));
  }
}
