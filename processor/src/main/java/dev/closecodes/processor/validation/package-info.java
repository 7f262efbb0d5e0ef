/**
 * The rules a set must keep, one small class per family, run by {@link
 * dev.closecodes.processor.validation.Validator}. Each rule reads the model and adds pinned
 * diagnostics to a {@code Report}; rules that span sets learn of the others through the calls the
 * entry point makes in its round order.
 *
 * <p>It writes nothing and generates nothing: it never uses {@code generation} or the {@code
 * Filer}.
 */
package dev.closecodes.processor.validation;
