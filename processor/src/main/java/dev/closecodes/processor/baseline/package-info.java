/**
 * The manifests of a release already published ({@code -Aclosecodes.baseline}), read from files,
 * jars or directories with a small JSON reader of its own, for the compatibility rules.
 *
 * <p>It only reads: it never generates, never reports (a manifest it cannot read is an exception
 * the entry point turns into a diagnostic), and is never used by {@code generation}.
 */
package dev.closecodes.processor.baseline;
