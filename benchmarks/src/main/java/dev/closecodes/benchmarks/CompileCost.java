package dev.closecodes.benchmarks;

import dev.closecodes.processor.CloseCodesProcessor;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * What the processor costs a build. For declaration sets of growing size it compiles (a) the
 * declarations with the processor and (b) the hand-written equivalent, the same enums and factories
 * written out as sources, with annotation processing off; and, to separate what any generating
 * processor costs from what closecodes adds, (c) the declarations with a processor that does
 * nothing but write the same generated files (no reading, no checks). All on one warm in-process
 * javac, alternating, several times; it reports medians, the ratios and the processor's own time.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.closecodes.benchmarks.CompileCost}
 * for the default sizes, or name them: {@code ... CompileCost 1000x1 100x10} (codes x sets). Each
 * run ends with {@link ColdModuleBuild}, a cold javac of a realistic module; {@code ... CompileCost
 * module} runs only that.
 */
public final class CompileCost {

  private static final int WARMUP = 5;
  private static final int RUNS = 11;

  private CompileCost() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Path work = Files.createTempDirectory("closecodes-compile-cost");
    boolean moduleOnly = List.of(args).equals(List.of("module"));
    if (moduleOnly) {
      ColdModuleBuild.run(work.resolve("module"), RUNS);
      return;
    }
    int[][] sizes =
        args.length == 0
            ? new int[][] {{10, 1}, {100, 10}, {1000, 10}, {1000, 1}}
            : Stream.of(args)
                .map(size -> size.split("x"))
                .map(size -> new int[] {Integer.parseInt(size[0]), Integer.parseInt(size[1])})
                .toArray(int[][]::new);
    System.out.printf(
        "JDK %s, %d cores; %d warm-up and %d measured compilations per variant%n%n",
        Runtime.version(), Runtime.getRuntime().availableProcessors(), WARMUP, RUNS);
    System.out.println(
        "| codes | sets | (a) with processor, ms | (b) hand-written, ms | (a)/(b) |"
            + " (c) writing only, ms | (c)/(b) | processor's own time, ms | per round, ms |"
            + " processor per code, µs |");
    System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |");
    for (int[] size : sizes) {
      Path dir = work.resolve(size[0] + "x" + size[1]);
      Result result = measure(javac, dir, size[0], size[1]);
      System.out.printf(
          "| %d | %d | %.1f | %.1f | %.2f | %.1f | %.2f | %.1f | %s | %.1f |%n",
          size[0],
          size[1],
          result.withProcessor,
          result.handWritten,
          result.withProcessor / result.handWritten,
          result.writingOnly,
          result.writingOnly / result.handWritten,
          result.processorTotal,
          result.perRound,
          result.processorTotal * 1000 / size[0]);
    }
    markersOnTheClassPath(javac, work.resolve("markers"));
    ColdModuleBuild.run(work.resolve("module"), RUNS);
  }

  /**
   * What the cross-module check costs a compilation: a 10-code set compiled with, and without, a
   * library of 100 compiled sets (1,000 codes, so 100 marker classes) on its class path.
   */
  private static void markersOnTheClassPath(JavaCompiler javac, Path dir) throws IOException {
    List<Path> library =
        writeDeclarations(dir.resolve("library"), 1000, 100, "library", "endpoint = \"library\"");
    Path libraryClasses = dir.resolve("library-classes");
    compile(javac, library, libraryClasses, dir.resolve("library-gen"), null, List.of());
    List<Path> app = writeDeclarations(dir.resolve("app"), 10, 1, "app", "endpoint = \"app\"");
    List<Double> without = new ArrayList<>();
    List<Double> with = new ArrayList<>();
    for (int run = 0; run < WARMUP + RUNS; run++) {
      double a =
          compile(
              javac,
              app,
              dir.resolve("a" + run),
              dir.resolve("a-gen" + run),
              new CloseCodesProcessor(),
              List.of());
      double b =
          compile(
              javac,
              app,
              dir.resolve("b" + run),
              dir.resolve("b-gen" + run),
              new CloseCodesProcessor(),
              List.of(libraryClasses));
      if (run >= WARMUP) {
        without.add(a);
        with.add(b);
      }
    }
    System.out.printf(
        "%nA 10-code set compiled without, and with, 100 compiled sets (1,000 codes)"
            + " on the class path: %.1f ms and %.1f ms (medians); %.1f µs per marker.%n",
        median(without), median(with), (median(with) - median(without)) * 1000 / 100);
  }

  private record Result(
      double withProcessor,
      double handWritten,
      double writingOnly,
      double processorTotal,
      String perRound) {}

  private static Result measure(JavaCompiler javac, Path dir, int codes, int sets)
      throws IOException {
    // An endpoint of their own: the harness's class path holds BenchCloses, of the default one.
    List<Path> declarations =
        writeDeclarations(dir.resolve("declared"), codes, sets, "bench", "endpoint = \"harness\"");
    // The hand-written equivalent: exactly what the processor generates, kept as sources.
    Path generated = dir.resolve("generated");
    compile(javac, declarations, dir.resolve("probe"), generated, null, List.of());
    List<Path> handWritten = new ArrayList<>(declarations);
    handWritten.addAll(javaFiles(generated));

    Map<String, String> generatedFiles = new TreeMap<>();
    for (Path file : javaFiles(generated)) {
      String name = generated.relativize(file).toString().replace('/', '.');
      generatedFiles.put(
          name.substring(0, name.length() - ".java".length()), Files.readString(file));
    }

    List<Double> a = new ArrayList<>();
    List<Double> b = new ArrayList<>();
    List<Double> c = new ArrayList<>();
    List<Double> processor = new ArrayList<>();
    List<List<Double>> rounds = new ArrayList<>();
    for (int run = 0; run < WARMUP + RUNS; run++) {
      TimedProcessor timed = new TimedProcessor(new CloseCodesProcessor());
      double withProcessor =
          compile(
              javac,
              declarations,
              dir.resolve("a" + run),
              dir.resolve("a-gen" + run),
              timed,
              List.of());
      double without = compile(javac, handWritten, dir.resolve("b" + run), null, null, List.of());
      double writing =
          compile(
              javac,
              declarations,
              dir.resolve("c" + run),
              dir.resolve("c-gen" + run),
              new WritingOnly(generatedFiles),
              List.of());
      if (run >= WARMUP) {
        a.add(withProcessor);
        b.add(without);
        c.add(writing);
        processor.add(timed.total());
        rounds.add(timed.rounds());
      }
    }
    List<Double> medianRounds = rounds.get(indexOfMedian(processor));
    String perRound =
        medianRounds.stream()
            .map(ms -> String.format("%.1f", ms))
            .collect(Collectors.joining(" + "));
    return new Result(median(a), median(b), median(c), median(processor), perRound);
  }

  /** Compiles; returns the wall time in milliseconds. Without a processor, processing is off. */
  private static double compile(
      JavaCompiler javac,
      List<Path> sources,
      Path out,
      Path generated,
      Processor processor,
      List<Path> extraClassPath)
      throws IOException {
    Files.createDirectories(out);
    String classPath =
        Stream.concat(
                extraClassPath.stream().map(Path::toString),
                Stream.of(System.getProperty("java.class.path")))
            .collect(Collectors.joining(File.pathSeparator));
    List<String> options =
        new ArrayList<>(
            List.of(
                "-d",
                out.toString(),
                "-cp",
                classPath,
                "-nowarn",
                "-Xlint:none",
                "-implicit:none"));
    if (generated != null) {
      Files.createDirectories(generated);
      options.addAll(List.of("-s", generated.toString()));
    }
    if (processor == null && generated == null) {
      options.add("-proc:none");
    }
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      JavaCompiler.CompilationTask task =
          javac.getTask(
              null, files, null, options, null, files.getJavaFileObjectsFromPaths(sources));
      task.setProcessors(List.of(processor != null ? processor : new CloseCodesProcessor()));
      long start = System.nanoTime();
      boolean ok = task.call();
      double millis = (System.nanoTime() - start) / 1e6;
      if (!ok) {
        throw new IllegalStateException("compilation failed in " + out);
      }
      return millis;
    }
  }

  /**
   * {@code sets} interfaces in {@code pkg} sharing {@code codes} codes, each annotated
   * {@code @CloseCodes(attributes)}; every fourth reason takes an argument.
   */
  private static List<Path> writeDeclarations(
      Path dir, int codes, int sets, String pkg, String attributes) throws IOException {
    List<Path> files = new ArrayList<>();
    int perSet = codes / sets;
    for (int set = 0; set < sets; set++) {
      StringBuilder source =
          new StringBuilder(
              """
          package %s;

          import dev.closecodes.CloseCodes;
          import dev.closecodes.Code;
          import dev.closecodes.runtime.CloseEvent;

          /** Set %d of the compile-cost harness. */
          @CloseCodes(%s)
          public interface Set%dCloses {
          """
                  .formatted(pkg, set, attributes, set));
      for (int i = 0; i < perSet; i++) {
        int code = 4000 + set * perSet + i;
        source.append("  /** Code ").append(code).append(". */\n");
        if (i % 4 == 0) {
          source
              .append("  @Code(value = ")
              .append(code)
              .append(", reason = \"Room {room} is full (")
              .append(code)
              .append(")\")\n  CloseEvent code")
              .append(code)
              .append("(String room);\n");
        } else {
          source
              .append("  @Code(value = ")
              .append(code)
              .append(", reason = \"Reason ")
              .append(code)
              .append("\")\n  CloseEvent code")
              .append(code)
              .append("();\n");
        }
      }
      Path file = dir.resolve(pkg + "/Set" + set + "Closes.java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.append("}\n"));
      files.add(file);
    }
    return files;
  }

  private static List<Path> javaFiles(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    }
  }

  private static double median(List<Double> values) {
    return values.stream().sorted().collect(Collectors.toList()).get(values.size() / 2);
  }

  private static int indexOfMedian(List<Double> values) {
    double median = median(values);
    return values.indexOf(median);
  }

  /**
   * The floor for any processor that generates these sources: it writes them and does nothing else.
   */
  private static final class WritingOnly extends AbstractProcessor {
    private final Map<String, String> sources;

    WritingOnly(Map<String, String> sources) {
      this.sources = sources;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of(
          "dev.closecodes.CloseCodes",
          "dev.closecodes.Code",
          "javax.annotation.processing.Generated");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!round.processingOver()
          && !round
              .getElementsAnnotatedWith(
                  processingEnv.getElementUtils().getTypeElement("dev.closecodes.CloseCodes"))
              .isEmpty()) {
        for (Map.Entry<String, String> source : sources.entrySet()) {
          try (Writer writer =
              processingEnv.getFiler().createSourceFile(source.getKey()).openWriter()) {
            writer.write(source.getValue());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
      return true;
    }
  }

  /** Delegates to a processor and times each of its rounds. */
  private static final class TimedProcessor implements Processor {
    private final Processor delegate;
    private final List<Double> rounds = new ArrayList<>();

    TimedProcessor(Processor delegate) {
      this.delegate = delegate;
    }

    double total() {
      return rounds.stream().mapToDouble(Double::doubleValue).sum();
    }

    List<Double> rounds() {
      return rounds;
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      long start = System.nanoTime();
      try {
        return delegate.process(annotations, round);
      } finally {
        rounds.add((System.nanoTime() - start) / 1e6);
      }
    }

    @Override
    public void init(ProcessingEnvironment environment) {
      long start = System.nanoTime();
      delegate.init(environment);
      rounds.add((System.nanoTime() - start) / 1e6);
    }

    @Override
    public Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public Iterable<? extends Completion> getCompletions(
        Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
      return delegate.getCompletions(element, annotation, member, userText);
    }
  }
}
