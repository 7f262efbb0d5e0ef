/** The annotations that declare an application's WebSocket close codes. */
module dev.closecodes {
  exports dev.closecodes;
}
