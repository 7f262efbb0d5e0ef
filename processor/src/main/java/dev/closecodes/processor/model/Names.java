package dev.closecodes.processor.model;

import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** How declarations are named, in generated code and in messages. */
public final class Names {

  private static final String[] SET_SUFFIXES = {"CloseCodes", "Closes"};

  private Names() {}

  /**
   * The enum constant for a method: {@code roomFull} becomes {@code ROOM_FULL}, {@code
   * tooManyHTTPRequests} becomes {@code TOO_MANY_HTTP_REQUESTS}.
   */
  public static String constantName(String methodName) {
    StringBuilder constant = new StringBuilder();
    for (int i = 0; i < methodName.length(); i++) {
      char c = methodName.charAt(i);
      if (i > 0 && Character.isUpperCase(c) && startsWord(methodName, i)) {
        constant.append('_');
      }
      constant.append(Character.toUpperCase(c));
    }
    return constant.toString();
  }

  /** An upper-case letter starts a word after a lower-case letter or digit, or ends an acronym. */
  private static boolean startsWord(String name, int i) {
    char before = name.charAt(i - 1);
    if (Character.isLowerCase(before) || Character.isDigit(before)) {
      return true;
    }
    return Character.isUpperCase(before)
        && i + 1 < name.length()
        && Character.isLowerCase(name.charAt(i + 1));
  }

  /** {@code ChatCloses} and {@code ChatCloseCodes} both give {@code Chat}. */
  public static String setPrefix(String interfaceName) {
    for (String suffix : SET_SUFFIXES) {
      if (interfaceName.endsWith(suffix)) {
        return interfaceName.substring(0, interfaceName.length() - suffix.length());
      }
    }
    return interfaceName;
  }

  /** A method as people read it: {@code ChatCloses.roomFull(String)}. */
  public static String describe(ExecutableElement method) {
    String parameters =
        method.getParameters().stream()
            .map(parameter -> parameter.asType().toString())
            .collect(Collectors.joining(", "));
    return method.getEnclosingElement().getSimpleName()
        + "."
        + method.getSimpleName()
        + "("
        + parameters
        + ")";
  }

  /** A type as people read it: its qualified name. */
  public static String describe(TypeElement type) {
    return type.getQualifiedName().toString();
  }
}
