/**
 * The diagnostics: the {@link dev.closecodes.processor.diagnostics.Message} catalogue, each message
 * with its stable {@code [closecodes.*]} tag, and the {@link
 * dev.closecodes.processor.diagnostics.Report} of a round, printed by the entry point.
 *
 * <p>It holds no rule and decides nothing about a set: it says how a finding is worded and where it
 * is pinned.
 */
package dev.closecodes.processor.diagnostics;
