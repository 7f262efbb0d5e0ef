/**
 * The annotations that declare an application's WebSocket close codes. {@code
 * dev.closecodes.marker} is the processor's own record of compiled sets, not for hand use.
 */
module dev.closecodes {
  exports dev.closecodes;
  exports dev.closecodes.marker;
}
