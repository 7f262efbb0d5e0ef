package dev.closecodes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.closecodes.processor.Fixtures.chat;
import static dev.closecodes.processor.Fixtures.set;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * When the compiler's file system fails the processor, the build gets a precise error, never an
 * exception: an {@code IOException} is a write error, anything else an internal error with the
 * stack trace, each on the set at hand.
 */
class FailureReportingTest {

  @Test
  void fileThatCannotBeWrittenIsAnErrorOnTheSet() {
    JavaFileObject source = chat("  @Code(4001) CloseEvent bye();");

    Compilation compilation = compileWithFiler(source, new IOException("disk full"));

    assertThat(compilation)
        .hadErrorContaining("[closecodes.write] could not write test.ChatCloseCode: disk full")
        .inFile(source)
        .onLineContaining("interface ChatCloses");
  }

  @Test
  void unexpectedFailureIsAnInternalErrorWithTheTrace() {
    JavaFileObject source = chat("  @Code(4001) CloseEvent bye();");

    Compilation compilation =
        compileWithFiler(source, new IllegalStateException("the file system broke"));

    assertThat(compilation)
        .hadErrorContaining(
            "[closecodes.internal] closecodes failed while processing test.ChatCloses:"
                + " java.lang.IllegalStateException: the file system broke. This is a bug in"
                + " closecodes; please report it with this stack trace:")
        .inFile(source)
        .onLineContaining("interface ChatCloses");
    assertThat(compilation).hadErrorContaining("at dev.closecodes.processor");
  }

  @Test
  void aFailingWriterLosesNoneOfTheSetsWarnings() {
    JavaFileObject source =
        set(
            "LibraryCloses",
            "@CloseCodes(registeredRange = true)",
            "  @Code(3001) CloseEvent bye();");

    Compilation compilation =
        compileWithFiler(source, new IllegalStateException("the file system broke"));

    assertThat(compilation).hadErrorContaining("[closecodes.internal]");
    assertThat(compilation).hadWarningContaining("[closecodes.iana] close code 3001");
  }

  @Test
  void anOptionValueTheProcessorDoesNotKnowIsAnError() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new CloseCodesProcessor())
            .withOptions("-Aclosecodes.bindings=sets")
            .compile(chat("  @Code(4001) CloseEvent bye();"));

    assertThat(compilation)
        .hadErrorContaining(
            "[closecodes.option] -Aclosecodes.bindings=sets is"
                + " not a value the processor knows: use endpoint or set");
  }

  private static Compilation compileWithFiler(JavaFileObject source, Exception failure) {
    return Compiler.javac()
        .withProcessors(new FailingFiler(new CloseCodesProcessor(), failure))
        .compile(source);
  }

  /** Runs the processor with a file system whose source files cannot be created. */
  private static final class FailingFiler extends AbstractProcessor {
    private final CloseCodesProcessor processor;
    private final Exception failure;

    FailingFiler(CloseCodesProcessor processor, Exception failure) {
      this.processor = processor;
      this.failure = failure;
    }

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
      super.init(environment);
      processor.init(new Environment(environment, failure));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return processor.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return processor.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return processor.process(annotations, round);
    }
  }

  private record Environment(ProcessingEnvironment delegate, Exception failure)
      implements ProcessingEnvironment {

    @Override
    public Filer getFiler() {
      Filer filer = delegate.getFiler();
      return new Filer() {
        @Override
        public JavaFileObject createSourceFile(CharSequence name, Element... originating)
            throws IOException {
          if (failure instanceof IOException io) {
            throw io;
          }
          throw (RuntimeException) failure;
        }

        @Override
        public JavaFileObject createClassFile(CharSequence name, Element... originating)
            throws IOException {
          return filer.createClassFile(name, originating);
        }

        @Override
        public FileObject createResource(
            JavaFileManager.Location location,
            CharSequence module,
            CharSequence name,
            Element... originating)
            throws IOException {
          return filer.createResource(location, module, name, originating);
        }

        @Override
        public FileObject getResource(
            JavaFileManager.Location location, CharSequence module, CharSequence name)
            throws IOException {
          return filer.getResource(location, module, name);
        }
      };
    }

    @Override
    public Map<String, String> getOptions() {
      return delegate.getOptions();
    }

    @Override
    public Messager getMessager() {
      return delegate.getMessager();
    }

    @Override
    public Elements getElementUtils() {
      return delegate.getElementUtils();
    }

    @Override
    public Types getTypeUtils() {
      return delegate.getTypeUtils();
    }

    @Override
    public SourceVersion getSourceVersion() {
      return delegate.getSourceVersion();
    }

    @Override
    public Locale getLocale() {
      return delegate.getLocale();
    }
  }
}
