package dev.closecodes.processor.model;

import dev.closecodes.Reconnect;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @CloseCodes} interface as declared, valid or not: what validation checks and, once it
 * passes, all that generation needs.
 *
 * @param type the interface
 * @param annotation its {@code @CloseCodes}
 * @param packageName the package the generated types go to
 * @param enumName the generated enum of codes
 * @param eventsName the generated class that implements the interface
 * @param registeredRange whether codes in 3000-3999 are accepted
 * @param endpoint the endpoint the set serves, {@code ""} for the default
 * @param endpointValue the explicit {@code endpoint} attribute, or null when left to its default
 * @param isPublic whether the generated types are public
 * @param javadoc the interface's documentation
 * @param deprecation whether the interface is deprecated
 * @param codes the {@code @Code} methods, in declaration order
 * @param retired the numbers the set retired, each with the annotation value that lists it
 * @param uncoded abstract methods declared without {@code @Code}
 * @param inherited abstract methods inherited from superinterfaces
 * @param reconnect what a client does after a code that does not say it, as the set declares it
 * @param reconnectValue the explicit {@code reconnect} attribute, or null when it was left to its
 *     default
 */
public record CodeSet(
    TypeElement type,
    AnnotationMirror annotation,
    String packageName,
    GeneratedName enumName,
    GeneratedName eventsName,
    boolean registeredRange,
    String endpoint,
    AnnotationValue endpointValue,
    boolean isPublic,
    Javadoc javadoc,
    Deprecation deprecation,
    List<DeclaredCode> codes,
    List<Retired> retired,
    List<ExecutableElement> uncoded,
    List<ExecutableElement> inherited,
    Reconnect reconnect,
    AnnotationValue reconnectValue) {

  /**
   * A number listed in {@code @CloseCodes(retired = ...)}.
   *
   * @param code the number
   * @param value where the annotation lists it, for diagnostics
   */
  public record Retired(int code, AnnotationValue value) {}

  /** The simple name of the enum's nested class that registers the set for ServiceLoader. */
  public static final String PROVIDER = "Provider";

  /**
   * @return the binary name of the provider, as {@code META-INF/services} lists it
   */
  public String provider() {
    return enumName.qualifiedName() + "$" + PROVIDER;
  }

  /**
   * @return the interface's qualified name
   */
  public String describe() {
    return Names.describe(type);
  }
}
