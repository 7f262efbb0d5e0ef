package dev.closecodes.processor.model;

import javax.lang.model.element.AnnotationValue;

/**
 * The name of a type generated for a set, and where it was chosen.
 *
 * @param qualifiedName the type's qualified name
 * @param simpleName the type's simple name
 * @param attribute the {@code @CloseCodes} attribute that overrides it
 * @param value the explicit attribute value, or null when the name is the default
 */
public record GeneratedName(
    String qualifiedName, String simpleName, String attribute, AnnotationValue value) {}
