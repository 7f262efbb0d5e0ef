package dev.closecodes.processor.model;

/**
 * What identifies a manifest ({@code <endpoint>.json}): written by the bindings, read back as a
 * baseline.
 */
public final class ManifestFormat {

  /** What the manifests' {@code "format"} says. */
  public static final String FORMAT = "closecodes-manifest";

  /** The manifest version this processor writes and reads. */
  public static final long VERSION = 1;

  private ManifestFormat() {}
}
