package dev.closecodes.processor;

import dev.closecodes.CloseCodes;
import dev.closecodes.processor.model.AnnotationMirrors;
import dev.closecodes.processor.model.CompiledSet;
import dev.closecodes.processor.model.Markers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.StandardLocation;

/**
 * What this module's earlier compilations left in its class output, read through the {@code Filer}:
 * markers, which say that a set is this module's own, and the service file. Whether a set is still
 * declared is asked of the source path, where the build gives one (Maven does); where it does not,
 * a set whose interface the compiler still finds counts as declared.
 */
final class ModuleOutput {

  private final Filer filer;
  private final Elements elements;
  private final boolean sourcePathKnown;

  /**
   * @param sources the types whose sources this compilation was given
   */
  ModuleOutput(Filer filer, Elements elements, Collection<? extends TypeElement> sources) {
    this.filer = filer;
    this.elements = elements;
    this.sourcePathKnown = sources.stream().anyMatch(type -> sourceOf(type).orElse(false));
  }

  /**
   * @return whether the marker of {@code set} lies in this compilation's class output
   */
  boolean hasMarker(CompiledSet set) {
    return exists(
            StandardLocation.CLASS_OUTPUT, Markers.PACKAGE, Markers.className(set.set()) + ".class")
        .orElse(false);
  }

  /**
   * @return whether {@code set} names a {@code @CloseCodes} interface whose source still exists
   */
  boolean stillDeclared(String set) {
    TypeElement type = elements.getTypeElement(set);
    if (type == null || AnnotationMirrors.find(type, CloseCodes.class).isEmpty()) {
      return false;
    }
    return !sourcePathKnown || sourceOf(type).orElse(true);
  }

  /**
   * @return the lines of the file at {@code path} in the class output, none when it is absent
   */
  List<String> readClassOutput(String path) {
    List<String> lines = new ArrayList<>();
    try {
      FileObject file = filer.getResource(StandardLocation.CLASS_OUTPUT, "", path);
      try (BufferedReader reader =
          new BufferedReader(
              new InputStreamReader(file.openInputStream(), StandardCharsets.UTF_8))) {
        reader.lines().forEach(lines::add);
      }
    } catch (IOException | RuntimeException absent) {
      // Nothing written earlier, or a Filer that cannot read the output: nothing to merge.
    }
    return lines;
  }

  /** Whether the source file of {@code type}'s top-level type is on the source path. */
  private Optional<Boolean> sourceOf(TypeElement type) {
    Element top = type;
    while (top.getEnclosingElement() instanceof TypeElement outer) {
      top = outer;
    }
    String pkg = elements.getPackageOf(top).getQualifiedName().toString();
    return exists(StandardLocation.SOURCE_PATH, pkg, top.getSimpleName() + ".java");
  }

  /** Empty when the Filer cannot tell, as for a location the build does not set. */
  private Optional<Boolean> exists(JavaFileManager.Location location, String pkg, String name) {
    try {
      filer.getResource(location, pkg, name).openInputStream().close();
      return Optional.of(true);
    } catch (IOException notThere) {
      return Optional.of(false);
    } catch (RuntimeException cannotTell) {
      return Optional.empty();
    }
  }
}
