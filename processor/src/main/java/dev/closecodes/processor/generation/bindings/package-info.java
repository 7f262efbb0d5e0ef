/**
 * The client bindings: one {@link dev.closecodes.processor.generation.bindings.ClientFormat} per
 * file kind, each a pure function of an endpoint's {@link
 * dev.closecodes.processor.generation.bindings.ClientCatalogue}. The formats built in are listed in
 * {@link dev.closecodes.processor.generation.bindings.ClientFormats}; others are found on the
 * processor path. {@link dev.closecodes.processor.generation.bindings.BindingsWriter} returns the
 * files and their content types' index for the entry point to write.
 *
 * <p>A format never writes a file, never reads the compiler's elements, and never checks the codes:
 * what it is given has passed validation. Templates are text blocks filled by {@code Templates},
 * never {@code String.format}.
 */
package dev.closecodes.processor.generation.bindings;
