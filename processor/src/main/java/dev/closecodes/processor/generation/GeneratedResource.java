package dev.closecodes.processor.generation;

import java.util.List;
import javax.lang.model.element.Element;

/**
 * A resource file to generate in the class output.
 *
 * @param directory where it goes, such as {@code META-INF/closecodes/}: empty or ending in {@code
 *     /}
 * @param name its file name
 * @param text its contents, written as UTF-8
 * @param origins the interfaces it is generated from, for incremental builds
 */
public record GeneratedResource(
    String directory, String name, String text, List<? extends Element> origins) {

  /**
   * @return its path in the class output
   */
  public String path() {
    return directory + name;
  }
}
