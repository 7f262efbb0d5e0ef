package dev.closecodes.processor.validation;

import dev.closecodes.processor.model.CodeSet;
import dev.closecodes.processor.model.DeclaredCode;
import dev.closecodes.processor.model.GeneratedName;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Generated names are valid and unique: constants within a set, types within the compilation, and
 * no generated type replaces a type written by hand. It remembers the names of every set it has
 * checked, so one instance serves the whole compilation.
 */
final class NameRule {

  private final Map<String, CodeSet> generatedTypes = new HashMap<>();
  private final Set<String> sourceTypes;

  /** @param sourceTypes qualified names of the top-level types written by hand in the compilation */
  NameRule(Set<String> sourceTypes) {
    this.sourceTypes = sourceTypes;
  }

  void check(CodeSet set, Report report) {
    Map<String, DeclaredCode> constants = new HashMap<>();
    for (DeclaredCode code : set.codes()) {
      DeclaredCode first = constants.putIfAbsent(code.constantName(), code);
      if (first != null) {
        report.add(Message.CONSTANT_CLASH, code.method(),
            first.describe(), code.describe(), code.constantName());
      }
    }
    checkType(set, set.enumName(), report);
    checkType(set, set.eventsName(), report);
    if (!set.endpoint().matches("[A-Za-z0-9._-]*") || set.endpoint().startsWith(".")) {
      report.addOn(Message.ENDPOINT_NAME, set.type(), set.annotation(), set.endpointValue(),
          set.endpoint());
    }
  }

  private void checkType(CodeSet set, GeneratedName name, Report report) {
    if (!SourceVersion.isIdentifier(name.simpleName()) || SourceVersion.isKeyword(name.simpleName())) {
      onName(report, set, name, Message.TYPE_NAME, name.simpleName(), name.attribute());
      return;
    }
    CodeSet other = generatedTypes.putIfAbsent(name.qualifiedName(), set);
    if (other != null) {
      onName(report, set, name, Message.TYPE_GENERATED_TWICE,
          name.qualifiedName(), other.describe(), name.attribute());
    } else if (sourceTypes.contains(name.qualifiedName())) {
      onName(report, set, name, Message.TYPE_EXISTS, name.qualifiedName(), name.attribute());
    }
  }

  private static void onName(
      Report report, CodeSet set, GeneratedName name, Message message, Object... args) {
    report.addOn(message, set.type(), set.annotation(), name.value(), args);
  }
}
