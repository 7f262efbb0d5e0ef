/** The close-code model that closecodes' generated code stands on. */
module dev.closecodes.runtime {
  exports dev.closecodes.runtime;

  uses dev.closecodes.runtime.CloseCodeSet;
}
