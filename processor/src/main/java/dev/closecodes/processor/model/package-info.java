/**
 * The model: immutable descriptions of a set and its codes, read from the compiler's elements
 * ({@link dev.closecodes.processor.model.CodeSetReader}) or from the markers of sets compiled
 * earlier ({@link dev.closecodes.processor.model.Markers}), and the {@link
 * dev.closecodes.processor.model.Catalogue} of every set a compilation knows.
 *
 * <p>It judges nothing: a set that breaks every rule is read all the same, so that validation can
 * report every problem at once. It never reports, never writes, and uses neither {@code
 * validation}, {@code generation} nor {@code diagnostics}.
 */
package dev.closecodes.processor.model;
