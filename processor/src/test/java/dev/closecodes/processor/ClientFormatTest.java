package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client formats as a seam: chosen by {@code -Aclosecodes.bindings.formats}, each file's
 * content type recorded in an index, and a format of another jar on the processor path found by its
 * name.
 */
class ClientFormatTest {

  private static final String DIRECTORY = "META-INF/closecodes/";

  private static final String LIST_FORMAT_JAR = "list-format.jar";

  private static final JavaFileObject GAME =
      Fixtures.set(
          "GameCloses",
          "@CloseCodes(retired = 4009)",
          "  /** The game is over. */",
          "  @Code(value = 4001, reason = \"Game over\") CloseEvent over();",
          "  @Code(value = 4002, reason = \"Room {room} is full\") CloseEvent roomFull(String room);");

  @Test
  void theManifestAloneWhenTheOptionNamesOnlyIt() {
    Compilation compilation = compile("-Aclosecodes.bindings.formats=json");

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(bindings(compilation)).containsExactly("content-types.properties", "default.json");
  }

  @Test
  void noBindingsWhenTheOptionNamesNoFormat() {
    Compilation compilation = compile("-Aclosecodes.bindings.formats=");

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(bindings(compilation)).isEmpty();
  }

  @Test
  void theFiveFormatsByDefaultEachWithItsContentType() throws IOException {
    Compilation compilation = compile();

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(bindings(compilation))
        .containsExactly(
            "content-types.properties",
            "default.d.ts",
            "default.js",
            "default.json",
            "default.md",
            "default.ts");
    assertEquals(
        Map.of(
            "default.ts", "application/typescript;charset=UTF-8",
            "default.js", "text/javascript;charset=UTF-8",
            "default.d.ts", "application/typescript;charset=UTF-8",
            "default.json", "application/json",
            "default.md", "text/markdown;charset=UTF-8"),
        contentTypes(BindingsTest.resource(compilation, "content-types.properties")));
  }

  @Test
  void theIndexKeepsNamesBeyondAscii() throws IOException {
    JavaFileObject cafe =
        Fixtures.set("Caf\u00e9Closes", "@CloseCodes", "  @Code(4001) CloseEvent bye();");
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new CloseCodesProcessor())
            .withOptions("-Aclosecodes.bindings=set", "-Aclosecodes.bindings.formats=json")
            .compile(cafe);

    assertThat(compilation).succeededWithoutWarnings();
    String index = BindingsTest.resource(compilation, "content-types.properties");
    assertThat(index).contains("test.Caf\\u00e9Closes.json=application/json\n");
    assertEquals(Map.of("test.Caf\u00e9Closes.json", "application/json"), contentTypes(index));
  }

  /**
   * The build fails, and writes no bindings, not those of the formats it does know: none in the
   * client directory, which a failed compilation leaves as it is.
   */
  @Test
  void aFormatNoneAnswersToIsAnOptionErrorAndNoBindingsAreWritten(@TempDir Path client)
      throws IOException {
    Compilation compilation =
        compile("-Aclosecodes.bindings.formats=ts,yaml,json", "-Aclosecodes.clientDir=" + client);

    assertThat(compilation)
        .hadErrorContaining(
            "[closecodes.option] -Aclosecodes.bindings.formats=ts,yaml,json is not a value the"
                + " processor knows: no format is named yaml; the formats are"
                + " ts,js,d.ts,json,md,py,go,kt,asyncapi and those of jars on the processor path");
    assertEquals(List.of(), filesIn(client));
  }

  @Test
  void anOptionValueAFormatRefusesWritesNoBindings(@TempDir Path client) throws IOException {
    Compilation compilation =
        compile("-Aclosecodes.bindings.kotlin.package=1chat", "-Aclosecodes.clientDir=" + client);

    assertThat(compilation).hadErrorContaining("[closecodes.option]");
    assertEquals(List.of(), filesIn(client));
  }

  /**
   * A team's own format, compiled into a jar of its own and put on the processor path beside the
   * processor, as a build would: javac loads the processor from that path, and the processor finds
   * the format there by the name the option gives. The option the format reads is the processor's
   * too, so javac does not warn about it, which {@code -Werror} would make an error.
   */
  @Test
  void aFormatInAJarOfItsOwnOnTheProcessorPathIsWrittenWhenNamed(@TempDir Path work)
      throws IOException, InterruptedException {
    Path out = Files.createDirectories(work.resolve("out"));

    assertEquals(
        0,
        javacWithListFormat(
            work,
            "-d",
            out.toString(),
            "-Xlint:all",
            "-Werror",
            "-Aclosecodes.bindings.formats=list,json",
            "-Alist.heading=codes of"),
        "javac failed");

    Path bindings = out.resolve(DIRECTORY);
    try (Stream<Path> files = Files.list(bindings)) {
      assertThat(files.map(file -> file.getFileName().toString()).toList())
          .containsExactly("content-types.properties", "default.list", "default.json");
    }
    assertEquals(
        """
        codes of default from [test.GameCloses]
        4001 DECLARED OVER [] The game is over.
        4002 DECLARED ROOM_FULL [room]\s
        4009 RETIRED  [] Retired by test.GameCloses: no longer sent.
        """,
        Files.readString(bindings.resolve("default.list")));
    assertEquals(
        Map.of("default.list", "text/plain; charset=utf-8", "default.json", "application/json"),
        contentTypes(Files.readString(bindings.resolve("content-types.properties"))));
  }

  /**
   * A format that names its file outside the directory of the bindings is refused with a message
   * that says why, and nothing is written there nor beside the client directory.
   */
  @Test
  void aFileNamedOutsideTheBindingsIsRefused(@TempDir Path work)
      throws IOException, InterruptedException {
    Path out = Files.createDirectories(work.resolve("out"));
    Path client = work.resolve("client");

    for (String name : List.of("../escaped.list", "/tmp/escaped.list", "a/./b.list")) {
      assertEquals(
          1,
          javacWithListFormat(
              work,
              "-d",
              out.toString(),
              "-Aclosecodes.bindings.formats=list,json",
              "-Aclosecodes.clientDir=" + client,
              "-Alist.file=" + name),
          name);
      assertThat(Files.readString(work.resolve("javac.log")))
          .contains(
              "[closecodes.format-file] client format list names its file \""
                  + name
                  + "\" outside META-INF/closecodes/, so it is not written; its fileName must"
                  + " give a relative path without a root, a drive, '.' or '..', such as"
                  + " chat.list");
    }
    assertThat(Files.exists(work.resolve("escaped.list"))).isFalse();
    assertThat(Files.exists(out.resolve("META-INF/escaped.list"))).isFalse();
    assertThat(Files.exists(client.resolve("default.json"))).isTrue();
  }

  /**
   * Runs javac on {@code GameCloses} with the {@code list} format of {@link #formatJar} on the
   * processor path, its output in {@code javac.log}; returns its exit code.
   */
  private static int javacWithListFormat(Path work, String... options)
      throws IOException, InterruptedException {
    Path jar = work.resolve(LIST_FORMAT_JAR);
    if (!Files.exists(jar)) {
      formatJar(work);
      assertThrows(
          ClassNotFoundException.class, () -> Class.forName("com.example.format.ListFormat"));
    }
    Path source = Files.createDirectories(work.resolve("src/test")).resolve("GameCloses.java");
    Files.writeString(source, GAME.getCharContent(false));
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "-classpath",
                System.getProperty("java.class.path"),
                "-processorpath",
                System.getProperty("java.class.path") + File.pathSeparator + jar,
                "-processor",
                CloseCodesProcessor.class.getName()));
    arguments.addAll(List.of(options));
    arguments.add(source.toString());
    return run(work.resolve("javac.log"), arguments.toArray(new String[0]));
  }

  /**
   * Writes {@value #LIST_FORMAT_JAR}: one {@code ClientFormat}, {@code list}, which reads the
   * options {@code list.heading} and {@code list.file}, and its service entry.
   */
  private static void formatJar(Path work) throws IOException, InterruptedException {
    Path sources = Files.createDirectories(work.resolve("format/com/example/format"));
    Path source = sources.resolve("ListFormat.java");
    Files.writeString(
        source,
        """
        package com.example.format;

        import dev.closecodes.processor.generation.bindings.ClientCatalogue;
        import dev.closecodes.processor.generation.bindings.ClientCode;
        import dev.closecodes.processor.generation.bindings.ClientFormat;
        import dev.closecodes.processor.generation.bindings.ClientSet;
        import java.util.Set;

        public final class ListFormat implements ClientFormat {
          @Override
          public String name() {
            return "list";
          }

          @Override
          public Set<String> options() {
            return Set.of("list.heading", "list.file");
          }

          @Override
          public String fileName(ClientCatalogue catalogue) {
            return catalogue.options().getOrDefault("list.file", ClientFormat.super.fileName(catalogue));
          }

          @Override
          public String contentType() {
            return "text/plain; charset=utf-8";
          }

          @Override
          public String render(ClientCatalogue catalogue) {
            StringBuilder out = new StringBuilder(catalogue.options().get("list.heading"));
            out.append(' ').append(catalogue.endpointName()).append(" from ");
            out.append(catalogue.sets().stream().map(ClientSet::name).toList()).append('\\n');
            for (ClientCode code : catalogue.received()) {
              if (code.kind() != ClientCode.Kind.STANDARD) {
                out.append(code.code()).append(' ').append(code.kind()).append(' ')
                    .append(code.name()).append(' ').append(code.placeholders()).append(' ')
                    .append(code.description()).append('\\n');
              }
            }
            return out.toString();
          }
        }
        """);
    Path classes = Files.createDirectories(work.resolve("format-classes"));
    javac(
        "-d",
        classes.toString(),
        "-classpath",
        System.getProperty("java.class.path"),
        "-proc:none",
        source.toString());
    Path jar = work.resolve(LIST_FORMAT_JAR);
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(
          new JarEntry(
              "META-INF/services/dev.closecodes.processor.generation.bindings.ClientFormat"));
      out.write("com.example.format.ListFormat\n".getBytes(StandardCharsets.UTF_8));
      out.putNextEntry(new JarEntry("com/example/format/ListFormat.class"));
      Files.copy(classes.resolve("com/example/format/ListFormat.class"), out);
    }
  }

  /**
   * Runs javac in a process of its own, as a build does: in this JVM the processor is on the class
   * path already, and javac would load it from there rather than from its processor path.
   */
  private static void javac(String... arguments) throws IOException, InterruptedException {
    Path log = Files.createTempFile("javac", ".log");
    try {
      assertEquals(0, run(log, arguments), Files.readString(log));
    } finally {
      Files.delete(log);
    }
  }

  /** Runs javac as {@link #javac} does, its output in {@code log}; returns its exit code. */
  private static int run(Path log, String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
    command.addAll(List.of(arguments));
    Process javac =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return javac.waitFor();
  }

  private static Compilation compile(String... options) {
    return Compiler.javac()
        .withProcessors(new CloseCodesProcessor())
        .withOptions(List.of(options))
        .compile(GAME);
  }

  /** The names of the files written under {@value #DIRECTORY}, sorted. */
  private static List<String> bindings(Compilation compilation) {
    List<String> names = new ArrayList<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      int at = path.indexOf("/CLASS_OUTPUT/" + DIRECTORY);
      if (at >= 0) {
        names.add(path.substring(at + "/CLASS_OUTPUT/".length() + DIRECTORY.length()));
      }
    }
    return names.stream().sorted().toList();
  }

  private static List<Path> filesIn(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.toList();
    }
  }

  private static Map<String, String> contentTypes(String index) throws IOException {
    Properties properties = new Properties();
    properties.load(new StringReader(index));
    Map<String, String> types = new TreeMap<>();
    properties.forEach((name, type) -> types.put((String) name, (String) type));
    return types;
  }
}
