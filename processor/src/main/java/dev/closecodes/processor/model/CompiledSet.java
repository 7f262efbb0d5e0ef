package dev.closecodes.processor.model;

import dev.closecodes.CompiledCloseCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * A set as it is once compiled: what its marker class records for other modules, and what the
 * client bindings describe. Read from a valid {@link CodeSet}, or from a marker on the class path.
 *
 * @param set the qualified name of its interface
 * @param endpoint its endpoint, {@code ""} for the default
 * @param codes its numbers
 * @param names its constants' names, in the order of {@code codes}
 * @param reasons its reasons as declared, templates where they take arguments, in that order
 * @param descriptions the first sentences of the codes' javadoc, in that order
 */
public record CompiledSet(String set, String endpoint, List<Integer> codes, List<String> names,
    List<String> reasons, List<String> descriptions) {

  /** The package that holds one marker class per compiled set, in every module. */
  public static final String MARKER_PACKAGE = "dev.closecodes.aggregated";

  /** The marker class's simple name for the set {@code qualifiedName}. */
  public static String markerName(String qualifiedName) {
    return qualifiedName.replace('.', '_');
  }

  /** The compiled form of a set that passed validation. */
  public static CompiledSet of(CodeSet set) {
    return new CompiledSet(set.describe(), set.endpoint(),
        set.codes().stream().map(DeclaredCode::code).toList(),
        set.codes().stream().map(DeclaredCode::constantName).toList(),
        set.codes().stream().map(DeclaredCode::declaredReason).toList(),
        set.codes().stream().map(code -> code.javadoc().summary()).toList());
  }

  /** @return how many codes the set declares */
  public int size() {
    return codes.size();
  }

  /** Reads every marker that the compiler can see; markers it cannot read are passed over. */
  public static List<CompiledSet> visible(Elements elements) {
    PackageElement markers = elements.getPackageElement(MARKER_PACKAGE);
    List<CompiledSet> sets = new ArrayList<>();
    if (markers == null) {
      return sets;
    }
    for (TypeElement marker : ElementFilter.typesIn(markers.getEnclosedElements())) {
      CodeSetReader.mirror(marker, CompiledCloseCodes.class)
          .flatMap(mirror -> read(elements, mirror))
          .ifPresent(sets::add);
    }
    return sets;
  }

  private static Optional<CompiledSet> read(Elements elements, AnnotationMirror mirror) {
    Map<? extends ExecutableElement, ? extends AnnotationValue> values =
        elements.getElementValuesWithDefaults(mirror);
    Object set = null;
    Object endpoint = null;
    List<Integer> codes = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    List<String> descriptions = new ArrayList<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : values.entrySet()) {
      Object value = entry.getValue().getValue();
      switch (entry.getKey().getSimpleName().toString()) {
        case "set" -> set = value;
        case "endpoint" -> endpoint = value;
        case "codes" -> collect(value, Integer.class, codes);
        case "names" -> collect(value, String.class, names);
        case "reasons" -> collect(value, String.class, reasons);
        case "descriptions" -> collect(value, String.class, descriptions);
        default -> { }
      }
    }
    int size = codes.size();
    if (!(set instanceof String setName && endpoint instanceof String endpointName)
        || names.size() != size || reasons.size() != size || descriptions.size() != size) {
      return Optional.empty();
    }
    return Optional.of(
        new CompiledSet(setName, endpointName, codes, names, reasons, descriptions));
  }

  private static <T> void collect(Object array, Class<T> type, List<T> into) {
    if (array instanceof List<?> values) {
      for (Object value : values) {
        if (value instanceof AnnotationValue element && type.isInstance(element.getValue())) {
          into.add(type.cast(element.getValue()));
        }
      }
    }
  }
}
