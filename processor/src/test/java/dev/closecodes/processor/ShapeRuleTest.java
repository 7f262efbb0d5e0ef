package dev.closecodes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.closecodes.processor.Fixtures.assertErrorAt;
import static dev.closecodes.processor.Fixtures.chat;
import static dev.closecodes.processor.Fixtures.compile;
import static dev.closecodes.processor.Fixtures.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class ShapeRuleTest {

  @ProcessorTest
  void closeCodesOnAClass() {
    JavaFileObject source =
        source(
            "test.ChatCloses",
            """
        package test;

        @dev.closecodes.CloseCodes
        public abstract class ChatCloses {}
        """);

    Compilation compilation = compile(source);

    assertErrorAt(
        compilation,
        "[closecodes.not-interface] @CloseCodes applies to interfaces, but ChatCloses is a class;"
            + " declare the codes as methods of an interface",
        source,
        "class ChatCloses",
        "class");
  }

  @ProcessorTest
  void closeCodesOnAnEnumOrAnAnnotation() {
    JavaFileObject anEnum =
        source(
            "test.E",
            """
        package test;
        @dev.closecodes.CloseCodes enum E { A }
        """);
    JavaFileObject anAnnotation =
        source(
            "test.A",
            """
        package test;
        @dev.closecodes.CloseCodes @interface A {}
        """);

    Compilation compilation = compile(anEnum, anAnnotation);

    assertErrorAt(compilation, "but E is an enum", anEnum, "enum E", "enum");
    assertErrorAt(
        compilation, "but A is an annotation type", anAnnotation, "@interface", "interface");
  }

  @ProcessorTest
  void methodWithoutCode() {
    JavaFileObject source =
        chat("  @Code(4001) CloseEvent sessionExpired();", "  CloseEvent roomFull();");

    Compilation compilation = compile(source);

    assertErrorAt(
        compilation,
        "[closecodes.missing-code] abstract method ChatCloses.roomFull() has no @Code; every"
            + " abstract method of a @CloseCodes interface declares one close code",
        source,
        "roomFull",
        "roomFull");
    assertThat(compilation).hadErrorCount(1);
  }

  @ProcessorTest
  void defaultAndStaticMethodsWithoutCodeAreAllowed() {
    Compilation compilation =
        compile(
            chat(
                "  @Code(4001) CloseEvent sessionExpired();",
                "  default CloseEvent expired() { return sessionExpired(); }",
                "  static String describe() { return \"chat\"; }"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @ProcessorTest
  void codeOnADefaultMethod() {
    JavaFileObject source = chat("  @Code(4001) default CloseEvent expired() { return null; }");

    Compilation compilation = compile(source);

    assertErrorAt(
        compilation,
        "[closecodes.not-abstract] @Code belongs on abstract methods, but ChatCloses.expired() is"
            + " a default method; remove its body or the annotation",
        source,
        "expired",
        "expired");
  }

  @ProcessorTest
  void codeOnAStaticMethod() {
    JavaFileObject source = chat("  @Code(4001) static CloseEvent expired() { return null; }");

    Compilation compilation = compile(source);

    assertErrorAt(compilation, "but ChatCloses.expired() is static", source, "expired", "expired");
  }

  @ProcessorTest
  void wrongReturnType() {
    JavaFileObject source = chat("  @Code(4001) String sessionExpired();");

    Compilation compilation = compile(source);

    assertErrorAt(
        compilation,
        "[closecodes.return-type] ChatCloses.sessionExpired() must return"
            + " dev.closecodes.runtime.CloseEvent, not java.lang.String",
        source,
        "sessionExpired",
        "sessionExpired");
  }

  @ProcessorTest
  void voidReturnType() {
    JavaFileObject source = chat("  @Code(4001) void sessionExpired();");

    Compilation compilation = compile(source);

    assertErrorAt(
        compilation,
        "must return dev.closecodes.runtime.CloseEvent, not void",
        source,
        "sessionExpired",
        "sessionExpired");
  }

  @ProcessorTest
  void genericMethod() {
    JavaFileObject source =
        chat(
            "  @Code(value = 4002, reason = \"Room {room} is full\")",
            "  <T> CloseEvent roomFull(T room);");

    Compilation compilation = compile(source);

    assertErrorAt(
        compilation,
        "[closecodes.generic] ChatCloses.roomFull(T) must not have type parameters",
        source,
        "roomFull",
        "roomFull");
  }

  @ProcessorTest
  void genericInterface() {
    JavaFileObject source =
        source(
            "test.ChatCloses",
            """
        package test;

        import dev.closecodes.CloseCodes;

        @CloseCodes
        public interface ChatCloses<T> {}
        """);

    Compilation compilation = compile(source);

    assertErrorAt(
        compilation,
        "[closecodes.generic] test.ChatCloses must not have type parameters",
        source,
        "interface ChatCloses",
        "interface");
  }

  @ProcessorTest
  void privateNestedInterface() {
    JavaFileObject source =
        source(
            "test.Server",
            """
        package test;

        import dev.closecodes.CloseCodes;
        import dev.closecodes.Code;
        import dev.closecodes.runtime.CloseEvent;

        public class Server {
          @CloseCodes
          private interface ChatCloses {
            @Code(4001) CloseEvent bye();
          }
        }
        """);

    Compilation compilation = compile(source);

    assertErrorAt(
        compilation,
        "[closecodes.private] test.Server.ChatCloses must not be private: the generated class in"
            + " its package implements it",
        source,
        "interface ChatCloses",
        "interface");
  }

  @ProcessorTest
  void nestedInterfaceGeneratesTopLevelTypes() {
    Compilation compilation =
        compile(
            source(
                "test.Server",
                """
        package test;

        import dev.closecodes.CloseCodes;
        import dev.closecodes.Code;
        import dev.closecodes.runtime.CloseEvent;

        public class Server {
          @CloseCodes
          public interface ChatCloses {
            @Code(4001) CloseEvent bye();
          }
        }
        """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.ChatCloseCode");
    assertThat(compilation)
        .generatedSourceFile("test.ChatCloseEvents")
        .contentsAsUtf8String()
        .contains("implements Server.ChatCloses");
  }

  @ProcessorTest
  void inheritedAbstractMethod() {
    JavaFileObject base =
        source(
            "test.Base",
            """
        package test;

        public interface Base {
          dev.closecodes.runtime.CloseEvent bye();
        }
        """);
    JavaFileObject source =
        source(
            "test.ChatCloses",
            """
        package test;

        import dev.closecodes.CloseCodes;

        @CloseCodes
        public interface ChatCloses extends Base {}
        """);

    Compilation compilation = compile(base, source);

    assertErrorAt(
        compilation,
        "[closecodes.inherited] test.ChatCloses inherits the abstract method Base.bye(); declare"
            + " every code in the @CloseCodes interface itself",
        source,
        "interface ChatCloses",
        "interface");
  }

  @ProcessorTest
  void codeOutsideACloseCodesInterface() {
    JavaFileObject source =
        source(
            "test.Plain",
            """
        package test;

        import dev.closecodes.Code;
        import dev.closecodes.runtime.CloseEvent;

        public interface Plain {
          @Code(4001) CloseEvent bye();
        }
        """);

    Compilation compilation = compile(source);

    assertErrorAt(
        compilation,
        "[closecodes.orphan-code] @Code on bye() has no effect because Plain is not annotated"
            + " @CloseCodes; add @CloseCodes to it",
        source,
        "bye()",
        "bye");
  }

  @ProcessorTest
  void emptySetWarns() {
    JavaFileObject source = chat("");

    Compilation compilation = compile(source);

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[closecodes.empty] test.ChatCloses declares no close codes; add an abstract method with"
                + " @Code")
        .inFile(source)
        .onLineContaining("interface ChatCloses");
  }

  @ProcessorTest
  void aSetThatOnlyRetiresNumbersDoesNotWarn() {
    JavaFileObject source =
        source(
            "test.OldCloses",
            """
            package test;

            import dev.closecodes.CloseCodes;

            @CloseCodes(retired = {4001, 4002})
            public interface OldCloses {}
            """);

    assertThat(compile(source)).succeededWithoutWarnings();
  }

  @ProcessorTest
  void sealedInterfaceMustPermitTheGeneratedClass() {
    JavaFileObject source =
        source(
            "test.ChatCloses",
            """
        package test;

        import dev.closecodes.CloseCodes;
        import dev.closecodes.Code;
        import dev.closecodes.runtime.CloseEvent;

        @CloseCodes
        public sealed interface ChatCloses permits ChatCloses.Local {
          @Code(4001) CloseEvent bye();

          final class Local implements ChatCloses {
            @Override public CloseEvent bye() { return null; }
          }
        }
        """);

    Compilation compilation = compile(source);

    assertErrorAt(
        compilation,
        "[closecodes.sealed] test.ChatCloses is sealed but does not permit"
            + " ChatCloseEvents, the generated class that implements it; add it to the permits clause",
        source,
        "sealed interface",
        "interface");
  }

  /** javac only: ecj cannot resolve a permitted class that a processor has still to generate. */
  @Test
  void sealedInterfaceThatPermitsTheGeneratedClassCompiles() {
    JavaFileObject source =
        source(
            "test.ChatCloses",
            """
        package test;

        import dev.closecodes.CloseCodes;
        import dev.closecodes.Code;
        import dev.closecodes.runtime.CloseEvent;

        @CloseCodes
        public sealed interface ChatCloses permits ChatCloseEvents {
          @Code(4001) CloseEvent bye();
        }
        """);

    assertThat(compile(source)).succeededWithoutWarnings();
  }
}
