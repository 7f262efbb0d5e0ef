package dev.closecodes.processor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * A test that runs once under javac and once under the Eclipse compiler (ecj), which IDE users run
 * the processor in: {@link Fixtures} compiles with the compiler of the run at hand.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(ProcessorTest.Compilers.class)
@interface ProcessorTest {

  /** Provides one run per compiler. */
  final class Compilers implements TestTemplateInvocationContextProvider {

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
      return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(
        ExtensionContext context) {
      return Stream.of(Fixtures.TestCompiler.values()).map(Compilers::run);
    }

    private static TestTemplateInvocationContext run(Fixtures.TestCompiler compiler) {
      return new TestTemplateInvocationContext() {
        @Override
        public String getDisplayName(int invocationIndex) {
          return compiler.name().toLowerCase(java.util.Locale.ROOT);
        }

        @Override
        public java.util.List<Extension> getAdditionalExtensions() {
          return java.util.List.of(
              (BeforeEachCallback) context -> Fixtures.use(compiler),
              (AfterEachCallback) context -> Fixtures.use(Fixtures.TestCompiler.JAVAC));
        }
      };
    }
  }
}
