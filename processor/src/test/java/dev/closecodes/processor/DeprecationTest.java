package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A deprecated code, or set, is deprecated in everything generated from it, and the generated code
 * still compiles without a warning, {@code [removal]} included, which javac reports even without
 * {@code -Xlint}.
 */
class DeprecationTest {

  private static final JavaFileObject SHOP =
      Fixtures.source(
          "test.ShopCloses",
          """
      package test;

      import dev.closecodes.CloseCodes;
      import dev.closecodes.Code;
      import dev.closecodes.runtime.CloseEvent;

      @CloseCodes
      public interface ShopCloses {
        /**
         * The cart expired.
         *
         * @deprecated Send {@link #sessionEnded()} instead; clients treat both alike.
         */
        @Deprecated
        @Code(value = 4001, reason = "Cart expired")
        CloseEvent cartExpired();

        /** @deprecated Checkout &amp; payment moved to another endpoint. */
        @Deprecated(forRemoval = true, since = "2.0")
        @Code(value = 4002, reason = "Checkout in {region} moved")
        CloseEvent checkoutMoved(String region);

        /** The session ended. */
        @Code(value = 4003, reason = "Session ended")
        CloseEvent sessionEnded();
      }
      """);

  private static final JavaFileObject OLD =
      Fixtures.source(
          "test.OldCloses",
          """
      package test;

      import dev.closecodes.CloseCodes;
      import dev.closecodes.Code;
      import dev.closecodes.runtime.CloseEvent;

      /** @deprecated Use ShopCloses. */
      @Deprecated(forRemoval = true)
      @CloseCodes
      public interface OldCloses {
        @Code(value = 4100, reason = "Gone")
        CloseEvent gone();
      }
      """);

  private static Compilation compileStrictly(JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new CloseCodesProcessor())
        .withOptions("-Xlint:all", "-Werror")
        .compile(sources);
  }

  @Test
  void deprecatedCodesCompileWithoutAWarning() {
    assertThat(compileStrictly(SHOP)).succeededWithoutWarnings();
  }

  @Test
  void aSetDeprecatedForRemovalCompilesWithoutAWarning() {
    assertThat(compileStrictly(OLD)).succeededWithoutWarnings();
  }

  @Test
  void theEnumConstantsAndTheEventsAreDeprecatedAsDeclared() throws Exception {
    Compilation compilation = compileStrictly(SHOP, OLD);
    ClassLoader loader = new CompiledClasses(compilation);
    Class<?> codes = loader.loadClass("test.ShopCloseCode");
    Class<?> events = loader.loadClass("test.ShopCloseEvents");

    assertThat(deprecated(codes.getField("CART_EXPIRED"))).isEqualTo("forRemoval=false");
    assertThat(deprecated(codes.getField("CHECKOUT_MOVED"))).isEqualTo("forRemoval=true");
    assertThat(deprecated(codes.getField("SESSION_ENDED"))).isNull();
    assertThat(deprecated(events.getMethod("cartExpired"))).isEqualTo("forRemoval=false");
    assertThat(deprecated(events.getMethod("checkoutMoved", String.class)))
        .isEqualTo("forRemoval=true");
    assertThat(deprecated(events.getMethod("sessionEnded"))).isNull();
    assertThat(deprecated(loader.loadClass("test.OldCloseCode"))).isEqualTo("forRemoval=true");
    assertThat(deprecated(loader.loadClass("test.OldCloseEvents"))).isEqualTo("forRemoval=true");
  }

  @Test
  void theJavadocCarriesTheDeprecationInTheDeclarationsWords() throws IOException {
    String source = GenerationTest.generated(compileStrictly(SHOP), "test.ShopCloseCode");

    assertThat(source)
        .contains("@deprecated Send sessionEnded() instead; clients treat both alike.");
    assertThat(source).contains("@deprecated Checkout &amp; payment moved to another endpoint.");
  }

  /** The annotation's {@code forRemoval}, as reflection reads {@code @Deprecated}, or null. */
  private static String deprecated(AnnotatedElement element) {
    Deprecated deprecated = element.getAnnotation(Deprecated.class);
    return deprecated == null ? null : "forRemoval=" + deprecated.forRemoval();
  }
}
