/**
 * The close-code model that generated code and the adapters stand on, with no dependencies: codes
 * ({@link dev.closecodes.runtime.CloseCode}, {@link dev.closecodes.runtime.StandardCloseCode},
 * {@link dev.closecodes.runtime.CloseCodeRange}), the event that carries one ({@link
 * dev.closecodes.runtime.CloseEvent}), the wire ({@link dev.closecodes.runtime.WirePolicy}, {@link
 * dev.closecodes.runtime.CloseFrame}), resolution ({@link
 * dev.closecodes.runtime.CloseCodeRegistry}) and the client contract ({@link
 * dev.closecodes.runtime.Backoff}, {@link dev.closecodes.runtime.Reconnector}). Nothing here knows
 * a WebSocket stack; the adapters do.
 *
 * <h2>Events to send and events received</h2>
 *
 * <p>An event made to send (the generated {@code *CloseEvents} factories, {@code CloseEvent.of},
 * {@code CloseEvent.fitting}) can always be sent: its factory refuses, with an {@code
 * IllegalArgumentException} whose message says why, a code that no endpoint may send (1004, 1005,
 * 1006, 1015, unassigned numbers below 3000, numbers above 4999) and a reason over 123 bytes of
 * UTF-8 or with an unpaired surrogate; {@code fitting} cuts a long reason at a code-point boundary
 * instead. A received event ({@code CloseEvent.received}, {@code abnormalClosure()}, {@code
 * noStatus()}, {@code CloseFrame.decode}, every adapter's {@code received}) records what a stack
 * reported and never throws, since what happened has happened: a null reason is {@code ""}; any
 * number is kept, also one no close frame can carry (its {@code closeCode()} is then empty), and so
 * is a reason over 123 bytes or with unpaired surrogates. {@code wasClean} says whether the closing
 * handshake completed: always for an event made to send; for a received one as the stack says, or,
 * where it does not, false for 1006 (no close frame) and 1015 (the TLS handshake failed) only. An
 * event received and sent on is checked first ({@code requireSendable()}), as the codec and every
 * adapter do. The two kinds are equal when code, reason and {@code wasClean} are.
 *
 * <h2>Typing a received code</h2>
 *
 * <p>A received event is typed by {@code CloseCodeRegistry.global()}, which resolves as the
 * application's default endpoint does. Endpoints may reuse each other's numbers, so an application
 * with several types an event within the endpoint it arrived on, whatever the stack: {@code
 * SpringCloses.received(status).typedBy(registry.endpoint("game"))} is {@code game}'s constant
 * while {@code chat} declares the same number. {@code closeCode(GameCloseCode.class)} finds the
 * constant of one generated enum without a registry.
 *
 * <h2>Cost</h2>
 *
 * <p>A {@code CloseEvent} is a value of five fields (code, reason, typed code, whether it was
 * received, whether it was clean), 32 bytes on a 64-bit JDK 17. Events without parameters are
 * constants of the generated factories, and {@code CloseFrame.decode} keeps the event of each code
 * without a reason and of the first reason decoded, so a repeated close allocates nothing.
 */
package dev.closecodes.runtime;
