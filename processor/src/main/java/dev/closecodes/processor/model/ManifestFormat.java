package dev.closecodes.processor.model;

/**
 * The manifest format, in one place: {@code generation.bindings.JsonWriter} writes what {@code
 * baseline.Baseline} reads, with these names. docs/manifest.schema.json describes it for others.
 */
public final class ManifestFormat {

  /** Where manifests lie in the class output, and so in a jar. */
  public static final String DIRECTORY = "META-INF/closecodes/";

  /** What a manifest's {@value #FORMAT} says. */
  public static final String FORMAT_NAME = "closecodes-manifest";

  /** What its {@value #VERSION} says: the version of the format this processor writes and reads. */
  public static final int FORMAT_VERSION = 1;

  /** Members of a manifest. */
  public static final String FORMAT = "format";

  public static final String VERSION = "version";
  public static final String ENDPOINT = "endpoint";
  public static final String SETS = "sets";

  /** Members of a set. */
  public static final String INTERFACE = "interface";

  public static final String DEPRECATED = "deprecated";
  public static final String CODES = "codes";
  public static final String RETIRED = "retired";

  /** Members of a code, besides {@link #DEPRECATED}. */
  public static final String CODE = "code";

  public static final String NAME = "name";
  public static final String REASON = "reason";
  public static final String DESCRIPTION = "description";
  public static final String DEPRECATION = "deprecation";
  public static final String RECONNECT = "reconnect";
  public static final String NOT_BEFORE_SECONDS = "notBeforeSeconds";

  private ManifestFormat() {}
}
