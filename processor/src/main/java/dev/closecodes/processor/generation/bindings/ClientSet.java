package dev.closecodes.processor.generation.bindings;

import java.util.List;

/**
 * A set of an endpoint as its clients see it.
 *
 * @param name the qualified name of its interface
 * @param deprecated whether the interface is deprecated
 * @param codes its codes ({@link ClientCode.Kind#DECLARED}), in declaration order
 * @param retired the numbers it retired ({@link ClientCode.Kind#RETIRED}), in the order listed
 */
public record ClientSet(
    String name, boolean deprecated, List<ClientCode> codes, List<ClientCode> retired) {}
