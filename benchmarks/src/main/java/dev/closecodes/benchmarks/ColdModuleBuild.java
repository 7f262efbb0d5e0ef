package dev.closecodes.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What closecodes costs a build as a user meets it: a cold {@code javac}, a new JVM for each
 * compilation, of a realistic module, 300 ordinary classes and one set of 20 codes. Four variants
 * of the module, compiled in turn, each several times; it reports medians and each one's ratio to
 * the hand-written build:
 *
 * <ul>
 *   <li>closecodes: the set with closecodes' processor on the processor path;
 *   <li>hand-written: the set and what closecodes generates for it, as sources, processing off;
 *   <li>floor: the set with a processor that only writes one tiny source, which any generating
 *       processor costs (a second round, and the processor path to load);
 *   <li>AutoValue: the hand-written module plus one {@code @AutoValue} class, with AutoValue on the
 *       processor path, for a widely used processor's cost.
 * </ul>
 *
 * <p>It needs the jars that {@code mvn -Pbenchmarks package} copies to {@code
 * benchmarks/target/compile-cost/}; run it from the repository's root.
 */
final class ColdModuleBuild {

  private static final int CLASSES = 300;
  private static final int CODES = 20;
  private static final int WARMUP = 2;
  private static final Path JARS = Path.of("benchmarks/target/compile-cost");

  private final Path work;
  private final String javac = Path.of(System.getProperty("java.home"), "bin", "javac").toString();

  private ColdModuleBuild(Path work) {
    this.work = work;
  }

  /** Measures {@code runs} compilations of each variant after {@value #WARMUP} warm-up rounds. */
  static void run(Path work, int runs) throws IOException, InterruptedException {
    if (!Files.isDirectory(JARS)) {
      throw new IllegalStateException(
          JARS.toAbsolutePath() + " is missing: run 'mvn -Pbenchmarks package' from the root");
    }
    new ColdModuleBuild(work).measure(runs);
  }

  private void measure(int runs) throws IOException, InterruptedException {
    List<Path> ordinary = writeOrdinaryClasses(work.resolve("ordinary"));
    Path set = writeSet(work.resolve("set"));
    Path autoValue = writeAutoValueClass(work.resolve("autovalue"));
    Path floor = compileFloorProcessor(work.resolve("floor"));

    // As Maven builds it: the processor with its dependencies.
    String closecodes =
        String.join(
            java.io.File.pathSeparator,
            jar("closecodes-processor"),
            jar("closecodes-annotations"),
            jar("closecodes-runtime"));
    List<Path> declared = with(ordinary, set);
    Path generated = work.resolve("probe-gen");
    compile("probe", declared, closecodes, generated);
    List<Path> handWritten = with(declared, javaFiles(generated).toArray(Path[]::new));

    Map<String, Variant> variants =
        Map.of(
            "closecodes", new Variant(declared, closecodes),
            "hand-written", new Variant(handWritten, null),
            "floor", new Variant(declared, floor.toString()),
            "AutoValue", new Variant(with(handWritten, autoValue), jar("auto-value")));
    List<String> order = List.of("hand-written", "closecodes", "floor", "AutoValue");
    Map<String, List<Double>> times = new java.util.LinkedHashMap<>();
    order.forEach(name -> times.put(name, new ArrayList<>()));
    for (int run = 0; run < WARMUP + runs; run++) {
      for (String name : order) {
        Variant variant = variants.get(name);
        double millis =
            compile(
                name + run,
                variant.sources,
                variant.processorPath,
                work.resolve(name + run + "-gen"));
        if (run >= WARMUP) {
          times.get(name).add(millis);
        }
      }
    }
    double baseline = median(times.get("hand-written"));
    System.out.printf(
        "%nA cold javac (JDK %s, a new JVM each time) of a module of %d classes and one %d-code set;"
            + " medians of %d compilations per variant:%n%n",
        Runtime.version(), CLASSES, CODES, runs);
    System.out.println("| variant | ms | × hand-written |");
    System.out.println("| --- | ---: | ---: |");
    for (String name : order) {
      double median = median(times.get(name));
      System.out.printf("| %s | %.0f | %.3f |%n", name, median, median / baseline);
    }
  }

  private record Variant(List<Path> sources, String processorPath) {}

  /** Runs javac in a new process; returns its wall time in milliseconds. */
  private double compile(String name, List<Path> sources, String processorPath, Path generated)
      throws IOException, InterruptedException {
    Path out = work.resolve("out-" + name);
    Files.createDirectories(out);
    Files.createDirectories(generated);
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "-d",
                out.toString(),
                "-s",
                generated.toString(),
                "-cp",
                String.join(
                    java.io.File.pathSeparator,
                    jar("closecodes-annotations"),
                    jar("closecodes-runtime"),
                    jar("auto-value-annotations")),
                "-implicit:none",
                "-nowarn",
                "-Xlint:none"));
    if (processorPath == null) {
      arguments.add("-proc:none");
    } else {
      arguments.addAll(List.of("-processorpath", processorPath));
    }
    sources.forEach(source -> arguments.add(source.toString()));
    Path argFile = work.resolve("args-" + name);
    Files.write(argFile, arguments);
    long start = System.nanoTime();
    Process javacProcess =
        new ProcessBuilder(javac, "@" + argFile)
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("javac-" + name + ".log").toFile())
            .start();
    if (!javacProcess.waitFor(5, TimeUnit.MINUTES) || javacProcess.exitValue() != 0) {
      throw new IllegalStateException(
          "javac failed for "
              + name
              + ":\n"
              + Files.readString(work.resolve("javac-" + name + ".log")));
    }
    return (System.nanoTime() - start) / 1e6;
  }

  /** Ordinary classes that refer to each other, with fields, a constructor and some logic each. */
  private static List<Path> writeOrdinaryClasses(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < CLASSES; i++) {
      String next = "Service" + ((i + 1) % CLASSES);
      String source =
          """
          package app;

          import java.util.ArrayList;
          import java.util.List;
          import java.util.Map;
          import java.util.TreeMap;

          /** An ordinary class of the module. */
          public class Service%1$d {
            private final String name;
            private final List<String> items = new ArrayList<>();
            private final Map<String, Integer> counts = new TreeMap<>();
            private %2$s next;

            public Service%1$d(String name) {
              this.name = name;
            }

            public void link(%2$s next) {
              this.next = next;
            }

            public int add(String item) {
              items.add(item);
              return counts.merge(item, 1, Integer::sum);
            }

            public String describe() {
              StringBuilder text = new StringBuilder(name);
              for (Map.Entry<String, Integer> entry : counts.entrySet()) {
                text.append(' ').append(entry.getKey()).append('=').append(entry.getValue());
              }
              return next == null ? text.toString() : text + " -> " + next.name();
            }

            public String name() {
              return name;
            }
          }
          """
              .formatted(i, next);
      Path file = dir.resolve("app/Service" + i + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, source);
      files.add(file);
    }
    return files;
  }

  /** The module's set: {@value #CODES} codes, every fourth with a templated reason. */
  private static Path writeSet(Path dir) throws IOException {
    StringBuilder source =
        new StringBuilder(
            """
            package app;

            import dev.closecodes.CloseCodes;
            import dev.closecodes.Code;
            import dev.closecodes.runtime.CloseEvent;

            /** The module's close codes. */
            @CloseCodes
            public interface AppCloses {
            """);
    for (int i = 0; i < CODES; i++) {
      int code = 4000 + i;
      source.append("  /** Code ").append(code).append(". */\n");
      if (i % 4 == 0) {
        source.append(
            "  @Code(value = %d, reason = \"Room {room} is full (%d)\")\n  CloseEvent code%d(String room);\n"
                .formatted(code, code, code));
      } else {
        source.append(
            "  @Code(value = %d, reason = \"Reason %d\")\n  CloseEvent code%d();\n"
                .formatted(code, code, code));
      }
    }
    Path file = dir.resolve("app/AppCloses.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source.append("}\n"));
    return file;
  }

  private static Path writeAutoValueClass(Path dir) throws IOException {
    Path file = dir.resolve("app/Money.java");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        """
        package app;

        import com.google.auto.value.AutoValue;

        /** A value class, generated by AutoValue. */
        @AutoValue
        public abstract class Money {
          public abstract long cents();

          public abstract String currency();

          public static Money of(long cents, String currency) {
            return new AutoValue_Money(cents, currency);
          }
        }
        """);
    return file;
  }

  /** A processor that writes one tiny source when it sees a set: the floor. */
  private Path compileFloorProcessor(Path dir) throws IOException, InterruptedException {
    Path source = dir.resolve("src/floor/FloorProcessor.java");
    Files.createDirectories(source.getParent());
    Files.writeString(
        source,
        """
        package floor;

        import java.io.IOException;
        import java.io.UncheckedIOException;
        import java.io.Writer;
        import java.util.Set;
        import javax.annotation.processing.AbstractProcessor;
        import javax.annotation.processing.RoundEnvironment;
        import javax.annotation.processing.SupportedAnnotationTypes;
        import javax.lang.model.SourceVersion;
        import javax.lang.model.element.TypeElement;

        @SupportedAnnotationTypes("dev.closecodes.CloseCodes")
        public final class FloorProcessor extends AbstractProcessor {
          private boolean written;

          @Override
          public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
          }

          @Override
          public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!written && !annotations.isEmpty()) {
              written = true;
              try (Writer out = processingEnv.getFiler().createSourceFile("app.Floor").openWriter()) {
                out.write("package app;\\nfinal class Floor {}\\n");
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }
            return true;
          }
        }
        """);
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes.resolve("META-INF/services"));
    Files.writeString(
        classes.resolve("META-INF/services/javax.annotation.processing.Processor"),
        "floor.FloorProcessor\n");
    Process process =
        new ProcessBuilder(javac, "-proc:none", "-d", classes.toString(), source.toString())
            .inheritIO()
            .start();
    if (process.waitFor() != 0) {
      throw new IllegalStateException("the floor processor did not compile");
    }
    return classes;
  }

  private static String jar(String name) {
    return JARS.resolve(name + ".jar").toAbsolutePath().toString();
  }

  private static List<Path> with(List<Path> sources, Path... more) {
    return Stream.concat(sources.stream(), Stream.of(more)).collect(Collectors.toList());
  }

  private static List<Path> javaFiles(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double median(List<Double> values) {
    return values.stream().sorted().collect(Collectors.toList()).get(values.size() / 2);
  }
}
