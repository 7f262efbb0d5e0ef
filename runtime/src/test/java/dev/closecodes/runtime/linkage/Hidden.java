package dev.closecodes.runtime.linkage;

/** Stands for a library that a set was compiled against and that is missing at run time. */
public interface Hidden {}
