/**
 * What a valid set becomes: its enum and events (JavaPoet), its marker class (text), and the
 * service file. Every writer returns what it generates, a {@link
 * dev.closecodes.processor.generation.GeneratedSource} or a {@link
 * dev.closecodes.processor.generation.GeneratedResource} with its location; only the entry point
 * writes through the {@code Filer}.
 *
 * <p>It trusts a validated model and checks nothing again: it never uses {@code validation} or
 * {@code baseline}, and reports nothing. The cold-path conventions of the processor's package apply
 * here most.
 */
package dev.closecodes.processor.generation;
