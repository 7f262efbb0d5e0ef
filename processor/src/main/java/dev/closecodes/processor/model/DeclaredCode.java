package dev.closecodes.processor.model;

import dev.closecodes.Reconnect;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/**
 * One {@code @Code} method as declared, valid or not.
 *
 * @param method the annotated method
 * @param annotation its {@code @Code}
 * @param value the explicit {@code value} attribute, where diagnostics about the number point
 * @param reasonValue the explicit {@code reason} attribute, or null when it was left to its default
 * @param code the declared number
 * @param template the parsed reason
 * @param constantName the enum constant's name, such as {@code ROOM_FULL}
 * @param javadoc the method's documentation, {@code ""} when it has none
 * @param deprecation whether the method is deprecated
 * @param sharedWith the stacks on the class path that send the same number themselves
 * @param reconnect what a client does after the code: its {@code reconnect} attribute, or the set's
 *     default where that says {@link Reconnect#DEFAULT}
 * @param reconnectValue the explicit {@code reconnect} attribute, or null when it was left to its
 *     default
 * @param notBeforeSeconds the declared minimum delay before a client reconnects, in seconds
 * @param notBeforeValue the explicit {@code notBeforeSeconds} attribute, or null when it was left
 *     to its default
 */
public record DeclaredCode(
    ExecutableElement method,
    AnnotationMirror annotation,
    AnnotationValue value,
    AnnotationValue reasonValue,
    int code,
    ReasonTemplate template,
    String constantName,
    Javadoc javadoc,
    Deprecation deprecation,
    List<FrameworkCode> sharedWith,
    Reconnect reconnect,
    AnnotationValue reconnectValue,
    int notBeforeSeconds,
    AnnotationValue notBeforeValue) {

  /**
   * @return the method's name
   */
  public String methodName() {
    return method.getSimpleName().toString();
  }

  /**
   * @return the reason as declared: the text sent, or the template where it takes arguments
   */
  public String declaredReason() {
    return template.isConstant() ? template.fixedText() : template.source();
  }

  /**
   * @return what the code means: the first sentence of its javadoc, and which stacks send its
   *     number too, so that whoever reads a received number knows both meanings
   */
  public String description() {
    String summary = javadoc.summary();
    return FrameworkCode.note(sharedWith)
        .map(note -> summary.isEmpty() ? note : summary + " " + note)
        .orElse(summary);
  }

  /**
   * @return the method as people read it, such as {@code ChatCloses.roomFull(String)}
   */
  public String describe() {
    return Names.describe(method);
  }
}
