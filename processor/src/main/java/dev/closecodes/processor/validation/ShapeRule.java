package dev.closecodes.processor.validation;

import dev.closecodes.processor.diagnostics.Message;
import dev.closecodes.processor.diagnostics.Report;
import dev.closecodes.processor.model.CodeSet;
import dev.closecodes.processor.model.DeclaredCode;
import dev.closecodes.processor.model.Names;
import dev.closecodes.processor.model.RuntimeTypes;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The interface is one the generated class can implement, and each of its abstract methods declares
 * exactly one code that returns a {@code CloseEvent}.
 */
final class ShapeRule {

  private static final String CLOSE_EVENT = RuntimeTypes.qualified(RuntimeTypes.CLOSE_EVENT);

  void check(CodeSet set, Report report) {
    if (set.type().getModifiers().contains(Modifier.PRIVATE)) {
      report.add(Message.PRIVATE_INTERFACE, set.type(), set.describe());
    }
    if (!set.type().getTypeParameters().isEmpty()) {
      report.add(Message.GENERIC_INTERFACE, set.type(), set.describe());
    }
    if (set.type().getModifiers().contains(Modifier.SEALED) && !permitsEvents(set)) {
      report.add(
          Message.SEALED_INTERFACE, set.type(), set.describe(), set.eventsName().simpleName());
    }
    for (ExecutableElement method : set.inherited()) {
      report.add(Message.INHERITED_METHOD, set.type(), set.describe(), Names.describe(method));
    }
    for (ExecutableElement method : set.uncoded()) {
      report.add(Message.MISSING_CODE, method, Names.describe(method));
    }
    // A set that only retires numbers has a purpose: it keeps them from being used again.
    if (set.codes().isEmpty()
        && set.retired().isEmpty()
        && set.uncoded().isEmpty()
        && set.inherited().isEmpty()) {
      report.add(Message.EMPTY_SET, set.type(), set.describe());
    }
    for (DeclaredCode code : set.codes()) {
      checkMethod(code.method(), report);
    }
  }

  private static void checkMethod(ExecutableElement method, Report report) {
    if (!method.getModifiers().contains(Modifier.ABSTRACT)) {
      report.add(Message.CODE_NOT_ABSTRACT, method, Names.describe(method), kindOf(method));
    }
    TypeMirror returned = method.getReturnType();
    if (!isCloseEvent(returned) && returned.getKind() != TypeKind.ERROR) {
      report.add(Message.RETURN_TYPE, method, Names.describe(method), returned);
    }
    if (!method.getTypeParameters().isEmpty()) {
      report.add(Message.GENERIC_METHOD, method, Names.describe(method));
    }
  }

  /**
   * Whether the permits clause names the generated class, which does not exist until it is
   * generated: javac and ecj then give an error type that carries the name as written.
   */
  private static boolean permitsEvents(CodeSet set) {
    String simpleName = set.eventsName().simpleName();
    for (TypeMirror permitted : set.type().getPermittedSubclasses()) {
      String name = permitted.toString();
      if (name.equals(simpleName) || name.equals(set.eventsName().qualifiedName())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCloseEvent(TypeMirror type) {
    return type instanceof DeclaredType declared
        && declared.asElement() instanceof TypeElement element
        && element.getQualifiedName().contentEquals(CLOSE_EVENT);
  }

  private static String kindOf(ExecutableElement method) {
    if (method.getModifiers().contains(Modifier.STATIC)) {
      return "static";
    }
    return method.getModifiers().contains(Modifier.PRIVATE) ? "private" : "a default method";
  }
}
