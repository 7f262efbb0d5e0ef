package dev.closecodes.processor.model;

import dev.closecodes.marker.CompiledCloseCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The marker format, in one place: each compiled set leaves a class in {@value #PACKAGE} annotated
 * {@link CompiledCloseCodes}, which a later compilation lists through the {@code Elements} API
 * (that works across jars, where the {@code Filer} cannot list class-path resources). {@code
 * generation.MarkerWriter} writes what {@link #read} reads, with these attribute names.
 */
public final class Markers {

  /** The package that holds one marker class per compiled set, in every module. */
  public static final String PACKAGE = "dev.closecodes.aggregated";

  /** Attributes of {@link CompiledCloseCodes}. */
  public static final String SET = "set";

  public static final String ENDPOINT = "endpoint";
  public static final String PROVIDER = "provider";
  public static final String DEPRECATED = "deprecated";
  public static final String CODES = "codes";
  public static final String RETIRED = "retired";

  /** Attributes of {@link CompiledCloseCodes.Code}. */
  public static final String CODE = "value";

  public static final String NAME = "name";
  public static final String REASON = "reason";
  public static final String DESCRIPTION = "description";
  public static final String DEPRECATION = "deprecation";
  public static final String RECONNECT = "reconnect";
  public static final String NOT_BEFORE_SECONDS = "notBeforeSeconds";

  private Markers() {}

  /**
   * The marker class's simple name for the set {@code qualifiedName}: dots become {@code _} and an
   * underscore becomes {@code _1}, so that no two names meet ({@code p.Server.ChatCloses} gives
   * {@code p_Server_ChatCloses}, {@code p.Server_ChatCloses} gives {@code p_Server_1ChatCloses}):
   * after a dot comes no digit.
   */
  public static String className(String qualifiedName) {
    return qualifiedName.replace("_", "_1").replace('.', '_');
  }

  /** Reads every marker that the compiler can see; markers it cannot read are passed over. */
  public static List<CompiledSet> read(Elements elements) {
    PackageElement markers = elements.getPackageElement(PACKAGE);
    List<CompiledSet> sets = new ArrayList<>();
    if (markers == null) {
      return sets;
    }
    for (TypeElement marker : ElementFilter.typesIn(markers.getEnclosedElements())) {
      AnnotationMirrors.find(marker, CompiledCloseCodes.class)
          .flatMap(mirror -> read(elements, mirror))
          .ifPresent(sets::add);
    }
    return sets;
  }

  private static Optional<CompiledSet> read(Elements elements, AnnotationMirror mirror) {
    Map<String, Object> values = AnnotationMirrors.values(elements, mirror);
    if (!(values.get(SET) instanceof String set
        && values.get(ENDPOINT) instanceof String endpoint
        && values.get(PROVIDER) instanceof String provider
        && values.get(DEPRECATED) instanceof Boolean deprecated
        && values.get(CODES) instanceof List<?> codeMirrors
        && values.get(RETIRED) instanceof List<?> retiredValues)) {
      return Optional.empty();
    }
    List<CompiledSet.Code> codes = new ArrayList<>();
    for (Object codeMirror : codeMirrors) {
      if (!(codeMirror instanceof AnnotationValue value
          && value.getValue() instanceof AnnotationMirror code)) {
        return Optional.empty();
      }
      Optional<CompiledSet.Code> read = readCode(elements, code);
      if (read.isEmpty()) {
        return Optional.empty();
      }
      codes.add(read.get());
    }
    List<Integer> retired = new ArrayList<>();
    for (Object value : retiredValues) {
      if (!(value instanceof AnnotationValue number && number.getValue() instanceof Integer code)) {
        return Optional.empty();
      }
      retired.add(code);
    }
    return Optional.of(
        new CompiledSet(
            set, endpoint, provider, deprecated, List.copyOf(codes), List.copyOf(retired)));
  }

  private static Optional<CompiledSet.Code> readCode(Elements elements, AnnotationMirror mirror) {
    Map<String, Object> values = AnnotationMirrors.values(elements, mirror);
    if (!(values.get(CODE) instanceof Integer code
        && values.get(NAME) instanceof String name
        && values.get(REASON) instanceof String reason
        && values.get(DESCRIPTION) instanceof String description
        && values.get(DEPRECATED) instanceof Boolean deprecated
        && values.get(DEPRECATION) instanceof String note
        && values.get(RECONNECT) instanceof VariableElement reconnect
        && values.get(NOT_BEFORE_SECONDS) instanceof Integer notBeforeSeconds)) {
      return Optional.empty();
    }
    Deprecation deprecation = deprecated ? new Deprecation(true, false, note) : Deprecation.NONE;
    return Optional.of(
        new CompiledSet.Code(
            code,
            name,
            reason,
            description,
            deprecation,
            CompiledSet.policy(reconnect.getSimpleName().toString(), notBeforeSeconds)));
  }
}
