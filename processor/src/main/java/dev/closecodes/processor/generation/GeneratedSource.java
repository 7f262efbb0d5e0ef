package dev.closecodes.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;

/**
 * A source file to generate.
 *
 * @param qualifiedName the qualified name of its type
 * @param text its contents
 */
public record GeneratedSource(String qualifiedName, String text) {

  static GeneratedSource of(JavaFile file) {
    return new GeneratedSource(
        ClassName.get(file.packageName(), file.typeSpec().name()).canonicalName(), file.toString());
  }
}
