package dev.closecodes.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.AnnotationSpec;
import dev.closecodes.CloseCodes;
import dev.closecodes.Code;
import dev.closecodes.marker.CompiledCloseCodes;
import dev.closecodes.processor.baseline.Baseline;
import dev.closecodes.processor.diagnostics.Message;
import dev.closecodes.processor.diagnostics.Report;
import dev.closecodes.processor.generation.EnumWriter;
import dev.closecodes.processor.generation.EventsWriter;
import dev.closecodes.processor.generation.GeneratedAnnotation;
import dev.closecodes.processor.generation.GeneratedResource;
import dev.closecodes.processor.generation.GeneratedSource;
import dev.closecodes.processor.generation.MarkerWriter;
import dev.closecodes.processor.generation.ServiceFileWriter;
import dev.closecodes.processor.generation.bindings.BindingsWriter;
import dev.closecodes.processor.model.Catalogue;
import dev.closecodes.processor.model.CodeSet;
import dev.closecodes.processor.model.CodeSetReader;
import dev.closecodes.processor.model.CompiledSet;
import dev.closecodes.processor.model.Markers;
import dev.closecodes.processor.model.Names;
import dev.closecodes.processor.validation.Validator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Checks every {@code @CloseCodes} interface and generates its enum and factory. Each round reads a
 * set into the model, validates it, and generates only when it is valid; a set that mentions types
 * not generated yet waits for a later round. Nothing thrown inside escapes to javac.
 *
 * <h2>The round protocol</h2>
 *
 * What is read, checked and written when; a rule that spans sets relies on this order.
 *
 * <ol>
 *   <li><b>First round</b> ({@code prepare}, {@code readCatalogue}): the options; the baseline,
 *       handed to the validator ({@code useBaseline}) before any set is checked against it; the
 *       sets compiled before this compilation, read once from the markers (this module's in its
 *       class output, other modules' on the class path, which does not change between rounds) into
 *       the {@link Catalogue}, whose claims the validator learns ({@code addCompiled}).
 *   <li><b>Every round</b>: the sets of the round (those waiting, then those declared now, in name
 *       order so that what a set is told about another does not depend on the compiler's order).
 *       First the validator forgets what the markers recorded of them ({@code recompiling}): a set
 *       compiled anew replaces its marker, and must not clash with itself. Then each set is read
 *       (or deferred, while it mentions types not generated yet), validated ({@code validate},
 *       against every set seen so far, both ways), and only when it has no error generated: enum,
 *       events and marker, written now, so that they compile in the next round, and the set added
 *       to the catalogue.
 *   <li><b>Last round</b> ({@code processingOver}): sets still waiting are reported; the validator
 *       compares the module's sets with the baseline ({@code checkRemovals}), which needs every set
 *       of the module; and the resources that describe the whole module are written once, as the
 *       {@code Filer} allows: the service file (merged with the one an earlier compilation left)
 *       and the client bindings with their index.
 * </ol>
 *
 * <p>The report of a round is printed at its end, whatever happened in it.
 */
@AutoService(Processor.class)
public final class CloseCodesProcessor extends AbstractProcessor {

  /** Sets waiting for types that another processor has still to generate, by qualified name. */
  private final Set<String> deferred = new LinkedHashSet<>();

  /** Top-level types written by hand, which generated types must not replace. */
  private final Set<String> sourceTypes = new HashSet<>();

  private CodeSetReader reader;
  private Validator validator;
  private EnumWriter enumWriter;
  private EventsWriter eventsWriter;
  private MarkerWriter markerWriter;

  /** This module's output and every set known, from the first round on. */
  private ModuleOutput output;

  private Catalogue catalogue;
  private Options options;

  /**
   * Makes what the processor needs, on the first round that has something to process rather than in
   * {@code init}: javac initialises every processor on the processor path, also in modules that
   * declare no set, where this costs nothing then.
   */
  private void prepare(Report report) {
    reader = new CodeSetReader(elements());
    validator = new Validator(sourceTypes, elements());
    Optional<AnnotationSpec> generated =
        GeneratedAnnotation.of(elements(), processingEnv.getSourceVersion(), getClass());
    enumWriter = new EnumWriter(generated);
    eventsWriter = new EventsWriter(generated);
    markerWriter = new MarkerWriter(generated.isPresent() ? getClass().getCanonicalName() : null);
    options = Options.read(processingEnv.getOptions(), report, getClass().getClassLoader());
    if (options.baseline() != null) {
      try {
        validator.useBaseline(Baseline.read(options.baseline()));
      } catch (IllegalArgumentException e) {
        report.add(Message.BASELINE_UNREADABLE, null, e.getMessage());
      }
    }
  }

  /**
   * The options of {@link Options}, and those the client formats read: of every format built in,
   * and of those the options name from jars on the processor path. javac asks once the processor is
   * initialised, and warns about any option given that no processor declares.
   */
  @Override
  public Set<String> getSupportedOptions() {
    return Options.names(
        processingEnv == null ? Map.of() : processingEnv.getOptions(), getClass().getClassLoader());
  }

  /**
   * Our annotations, {@code @CompiledCloseCodes} on our marker classes, and {@code @Generated}: the
   * generated sources carry the last two and, unclaimed, they make {@code -Xlint:processing} warn
   * "No processor claimed any of these annotations", which fails builds that use {@code -Werror}.
   * {@code @Generated} has source retention, so claiming it takes nothing from any other tool.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(
        CloseCodes.class.getCanonicalName(),
        Code.class.getCanonicalName(),
        CompiledCloseCodes.class.getCanonicalName(),
        CompiledCloseCodes.Code.class.getCanonicalName(),
        GeneratedAnnotation.NAME);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  /**
   * Claims {@code @CloseCodes} and {@code @Code}, which no other processor reads. Everything the
   * round finds goes into one report, printed whatever happens, so that no warning is lost to a
   * failure after it.
   */
  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Report report = new Report();
    try {
      for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
        sourceTypes.add(type.getQualifiedName().toString());
      }
      if (catalogue == null) {
        prepare(report);
        readCatalogue(round);
      }
      // In name order: what a set is told about another does not depend on the compiler's order.
      Set<TypeElement> sets = new TreeSet<>(Comparator.comparing(Names::describe));
      for (String name : deferred) {
        sets.add(elements().getTypeElement(name));
      }
      deferred.clear();
      sets.addAll(validator.declaredSets(round, report));
      validator.recompiling(sets.stream().map(Names::describe).toList());
      for (TypeElement set : sets) {
        processGuarded(set, report);
      }
      if (round.processingOver()) {
        for (String name : deferred) {
          reportNeverResolved(elements().getTypeElement(name), report);
        }
        validator.checkRemovals(catalogue, report);
        writeResources(report);
      }
    } catch (RuntimeException | Error e) {
      reportInternalError(report, null, "this compilation", e);
    } finally {
      report.printTo(processingEnv.getMessager());
    }
    return true;
  }

  /**
   * A set still waiting when processing is over. If it mentions missing types it gets a hint about
   * other processors, with its other problems; otherwise it holds annotation values that do not
   * compile, which javac reports.
   */
  private void reportNeverResolved(TypeElement type, Report report) {
    if (CodeSetReader.mentionsUnresolvedTypes(type)) {
      validator.neverResolved(type, reader.read(type), report);
    }
  }

  private void processGuarded(TypeElement type, Report report) {
    try {
      process(type, report);
    } catch (RuntimeException | Error e) {
      reportInternalError(report, type, Names.describe(type), e);
    }
  }

  private void process(TypeElement type, Report roundReport) {
    Optional<CodeSet> read =
        CodeSetReader.mentionsUnresolvedTypes(type) ? Optional.empty() : reader.read(type);
    if (read.isEmpty()) {
      deferred.add(type.getQualifiedName().toString());
      return;
    }
    CodeSet set = read.get();
    Report report = validator.validate(set);
    roundReport.addAll(report);
    if (!report.hasErrors()) {
      write(set, enumWriter.write(set), roundReport);
      write(set, eventsWriter.write(set), roundReport);
      write(set, markerWriter.write(set), roundReport);
      catalogue.add(set);
    }
  }

  private void write(CodeSet set, GeneratedSource source, Report report) {
    try {
      JavaFileObject file =
          processingEnv.getFiler().createSourceFile(source.qualifiedName(), set.type());
      try (Writer writer = file.openWriter()) {
        writer.write(source.text());
      }
    } catch (IOException e) {
      report.add(Message.WRITE_FAILED, set.type(), source.qualifiedName(), e.getMessage());
    }
  }

  /**
   * Reads, once, the sets compiled before this compilation: this module's, from the markers in its
   * own class output, and other modules', from the markers on the class path.
   */
  private void readCatalogue(RoundEnvironment round) {
    output =
        new ModuleOutput(
            processingEnv.getFiler(), elements(), ElementFilter.typesIn(round.getRootElements()));
    catalogue =
        new Catalogue(
            Markers.read(elements()),
            output::hasMarker,
            output::stillDeclared,
            elements()::getTypeElement);
    validator.addCompiled(catalogue);
  }

  private void writeResources(Report report) {
    List<CompiledSet> moduleSets = catalogue.moduleSets();
    List<String> earlier = output.readClassOutput(ServiceFileWriter.PATH);
    SortedSet<String> providers =
        ServiceFileWriter.merge(
            earlier,
            catalogue.recordedProviders(),
            moduleSets.stream().map(CompiledSet::provider).toList(),
            provider -> elements().getTypeElement(provider.replace('$', '.')) != null);
    if (!providers.isEmpty() || !earlier.isEmpty()) {
      write(ServiceFileWriter.write(providers, catalogue.origins()), report);
    }
    if (!options.refused()) {
      writeBindings(report);
    }
  }

  private void writeBindings(Report report) {
    BindingsWriter.Bindings bindings =
        BindingsWriter.write(
            catalogue.groups(options.bindingsPerSet()), options.formats(), options.all());
    for (GeneratedResource file : bindings.files()) {
      write(file, report);
      if (options.clientDirectory() != null) {
        copy(file, options.clientDirectory(), report);
      }
    }
    bindings.index().ifPresent(index -> write(index, report));
    for (BindingsWriter.Refused refused : bindings.refused()) {
      report.add(
          Message.FORMAT_FILE_NAME, null, refused.format(), refused.fileName(), refused.format());
    }
  }

  private void write(GeneratedResource resource, Report report) {
    try (OutputStream out =
        processingEnv
            .getFiler()
            .createResource(
                StandardLocation.CLASS_OUTPUT,
                "",
                resource.path(),
                resource.origins().toArray(new Element[0]))
            .openOutputStream()) {
      out.write(resource.text().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      report.add(Message.WRITE_FAILED, null, resource.path(), e.getMessage());
    }
  }

  /**
   * Writes {@code resource} into {@code directory} as well, directly: Gradle's incremental
   * bookkeeping does not know this copy.
   */
  private static void copy(GeneratedResource resource, Path directory, Report report) {
    try {
      Files.createDirectories(directory);
      Files.writeString(directory.resolve(resource.name()), resource.text());
    } catch (IOException | InvalidPathException e) {
      report.add(Message.WRITE_FAILED, null, resource.name(), e.getMessage());
    }
  }

  private static void reportInternalError(
      Report report, Element element, String subject, Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    report.add(Message.INTERNAL_ERROR, element, subject, e, trace);
  }

  private Elements elements() {
    return processingEnv.getElementUtils();
  }
}
