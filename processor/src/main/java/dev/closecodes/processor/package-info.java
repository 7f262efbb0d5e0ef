/**
 * The annotation processor: {@link dev.closecodes.processor.CloseCodesProcessor}, the entry point,
 * runs each round (its javadoc gives the order), and is the only class that talks to javac: it
 * reads the options, prints the diagnostics and writes every file through the {@code Filer}. The
 * parts it runs live in the packages below, which know nothing of it:
 *
 * <ul>
 *   <li>{@code model}: what a set is, read from elements and markers; it judges nothing;
 *   <li>{@code validation}: the rules; they report, and write nothing;
 *   <li>{@code generation} (and {@code generation.bindings}): what a valid set becomes; it trusts a
 *       validated model, and returns what it generates rather than writing it;
 *   <li>{@code baseline}: the manifests of the last release, read for validation;
 *   <li>{@code diagnostics}: the message catalogue and the report of a round.
 * </ul>
 *
 * <p>{@code StructureTest} checks the layering and that no class depends on itself through others.
 *
 * <h2>The cold path</h2>
 *
 * javac loads the processor afresh in every build, so the classes it loads and the bootstrap
 * methods it links on first use cost every build, and often more than the work itself. Hence:
 *
 * <ul>
 *   <li>Nothing is made before it is needed: the parts are made on the first round that has a set,
 *       not in {@code init}, which javac calls in every module with the processor on its path; the
 *       processor path is searched for client formats only when the option names one not built in.
 *   <li>No {@link java.util.Formatter}: no {@code String.format} or {@code formatted}, which load a
 *       regular-expression engine and locale data. Templates are filled by {@code
 *       generation.bindings.Templates}; escapes are written with {@link Integer#toHexString}.
 *   <li>String concatenation is compiled inline ({@code -XDstringConcat=inline} in the build), so
 *       it links no {@code StringConcatFactory} call site.
 *   <li>A record used as a map key writes its {@code equals} and {@code hashCode} out, so that they
 *       link no {@code ObjectMethods} bootstrap.
 *   <li>JavaPoet, whose first use loads much of it, only where its imports and escaping earn it:
 *       the enum and the events. The marker class, data of one fixed shape, and the resources are
 *       written as text.
 *   <li>Loops rather than streams and lambdas on paths that every build takes: each lambda spins a
 *       class on first use.
 * </ul>
 */
package dev.closecodes.processor;
