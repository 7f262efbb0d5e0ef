package dev.closecodes.processor.validation;

import dev.closecodes.processor.diagnostics.Message;
import dev.closecodes.processor.diagnostics.Report;
import dev.closecodes.processor.model.Catalogue;
import dev.closecodes.processor.model.CodeSet;
import dev.closecodes.processor.model.DeclaredCode;
import dev.closecodes.processor.model.GeneratedName;
import dev.closecodes.processor.model.RuntimeTypes;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.util.Elements;

/**
 * Generated names are valid and unique: constants within a set, types within the compilation, and
 * no generated type replaces a type written by hand. It remembers the names of every set it has
 * checked, so one instance serves the whole compilation.
 */
final class NameRule {

  /** The classes nested in every generated enum. */
  private static final Set<String> NESTED_IN_ENUM = Set.of("Index", CodeSet.PROVIDER);

  private final Map<String, CodeSet> generatedTypes = new HashMap<>();
  private final Set<String> sourceTypes;
  private final Elements elements;

  /**
   * @param sourceTypes qualified names of the top-level types written by hand in the compilation
   */
  NameRule(Set<String> sourceTypes, Elements elements) {
    this.sourceTypes = sourceTypes;
    this.elements = elements;
  }

  void check(CodeSet set, Report report) {
    Map<String, DeclaredCode> constants = new HashMap<>();
    for (DeclaredCode code : set.codes()) {
      DeclaredCode first = constants.putIfAbsent(code.constantName(), code);
      if (first != null) {
        report.add(
            Message.CONSTANT_CLASH,
            code.method(),
            first.describe(),
            code.describe(),
            code.constantName());
      }
    }
    checkType(set, set.enumName(), report);
    checkType(set, set.eventsName(), report);
    if (NESTED_IN_ENUM.contains(set.enumName().simpleName())) {
      onName(
          report,
          set,
          set.enumName(),
          Message.TYPE_HIDES,
          set.enumName().simpleName(),
          "the class nested in the generated enum",
          set.enumName().attribute());
    }
    if (!set.endpoint().matches("[A-Za-z0-9._-]*") || set.endpoint().startsWith(".")) {
      report.addOn(
          Message.ENDPOINT_NAME, set.type(), set.annotation(), set.endpointValue(), set.endpoint());
    } else if (set.endpoint().equals(Catalogue.DEFAULT_ENDPOINT)) {
      report.addOn(Message.ENDPOINT_DEFAULT, set.type(), set.annotation(), set.endpointValue());
    }
  }

  /** What a generated type of this simple name would hide in its package, or null. */
  private String hidden(String simpleName, String packageName) {
    if (RuntimeTypes.IMPORTED.contains(simpleName)) {
      return RuntimeTypes.qualified(simpleName) + ", which the generated code uses";
    }
    if (elements.getTypeElement("java.lang." + simpleName) != null) {
      return "java.lang."
          + simpleName
          + (packageName.isEmpty() ? " in the unnamed package" : " in package " + packageName);
    }
    return null;
  }

  private void checkType(CodeSet set, GeneratedName name, Report report) {
    if (!SourceVersion.isIdentifier(name.simpleName())
        || SourceVersion.isKeyword(name.simpleName())) {
      onName(report, set, name, Message.TYPE_NAME, name.simpleName(), name.attribute());
      return;
    }
    String hidden = hidden(name.simpleName(), set.packageName());
    CodeSet other = generatedTypes.putIfAbsent(name.qualifiedName(), set);
    if (hidden != null) {
      onName(report, set, name, Message.TYPE_HIDES, name.simpleName(), hidden, name.attribute());
    } else if (other != null) {
      onName(
          report,
          set,
          name,
          Message.TYPE_GENERATED_TWICE,
          name.qualifiedName(),
          other.describe(),
          name.attribute());
    } else if (sourceTypes.contains(name.qualifiedName())) {
      onName(report, set, name, Message.TYPE_EXISTS, name.qualifiedName(), name.attribute());
    }
  }

  private static void onName(
      Report report, CodeSet set, GeneratedName name, Message message, Object... args) {
    report.addOn(message, set.type(), set.annotation(), name.value(), args);
  }
}
