package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor jar as users get it: JavaPoet relocated inside it, no other library's classes, and
 * a processor that runs from it alone on the processor path.
 */
class ShadedJarIT {

  @TempDir Path work;

  /** The jar that the package phase made, as the build names it. */
  private static Path jar() {
    return Path.of(System.getProperty("processorJar"));
  }

  @Test
  void everyClassIsTheProcessorsOwnOrRelocated() throws IOException {
    List<String> classes = new ArrayList<>();
    try (JarFile jar = new JarFile(jar().toFile())) {
      for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
        String name = entries.nextElement().getName();
        if (name.endsWith(".class")) {
          classes.add(name);
        }
      }
    }

    assertThat(classes).isNotEmpty();
    for (String name : classes) {
      assertThat(name).startsWith("dev/closecodes/processor/");
    }
    assertThat(classes).contains("dev/closecodes/processor/shaded/javapoet/JavaFile.class");
    assertThat(classes).contains("dev/closecodes/processor/CloseCodesProcessor.class");
  }

  @Test
  void theJarDeclaresTheProcessorAggregatingForGradle() throws IOException {
    try (JarFile jar = new JarFile(jar().toFile())) {
      JarEntry entry = jar.getJarEntry("META-INF/gradle/incremental.annotation.processors");
      assertThat(entry).isNotNull();
      String declared =
          new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
      assertThat(declared.strip()).isEqualTo(CloseCodesProcessor.class.getName() + ",aggregating");
    }
  }

  @Test
  void theJarAloneRunsTheProcessor() throws IOException {
    Path source = work.resolve("src/app/ChatCloses.java");
    Files.createDirectories(source.getParent());
    Files.writeString(
        source,
        """
        package app;

        import dev.closecodes.CloseCodes;
        import dev.closecodes.Code;
        import dev.closecodes.runtime.CloseEvent;

        @CloseCodes
        public interface ChatCloses {
          @Code(value = 4001, reason = "Bye")
          CloseEvent bye();
        }
        """);
    String libraries = System.getProperty("java.class.path");
    String processorPath =
        Stream.of(libraries.split(File.pathSeparator))
            .filter(
                entry ->
                    entry.contains("closecodes-annotations")
                        || entry.contains("closecodes-runtime")
                        || entry.endsWith("annotations/target/classes")
                        || entry.endsWith("runtime/target/classes"))
            .reduce(jar().toString(), (path, entry) -> path + File.pathSeparator + entry);
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();

    int status =
        javac.run(
            null,
            output,
            output,
            "-d",
            work.resolve("out").toString(),
            "-cp",
            libraries,
            "-processorpath",
            processorPath,
            source.toString());

    assertThat(output.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(status).isEqualTo(0);
    assertThat(work.resolve("out/app/ChatCloseCode.class").toFile().exists()).isTrue();
  }
}
