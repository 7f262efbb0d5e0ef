package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.closecodes.processor.Fixtures.compile;
import static dev.closecodes.processor.Fixtures.source;

import com.google.testing.compile.Compilation;
import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.ReasonText;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.lang.model.SourceVersion;
import javax.tools.JavaFileObject;

/**
 * Whatever its parameters are called, a set's generated code compiles and fills each placeholder
 * with its own argument: a parameter hides a field, a type or a package of the same name in the
 * method's body, so the generated method must not let one stand for what its body names.
 */
class ParameterNameTest {

  private static final Pattern COMMENT_OR_TEXT =
      Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*|\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
  private static final Pattern IDENTIFIER = Pattern.compile("\\b[A-Za-z_][A-Za-z0-9_]*\\b");

  /** An argument whose text is null, which concatenation fills in as {@code "null"}. */
  private static final Object NAMELESS =
      new Object() {
        @Override
        public String toString() {
          return null;
        }
      };

  @ProcessorTest
  void aParameterNamedLikeTheGeneratedClasses() throws Exception {
    Compilation compilation = compile(issueCase());

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.events")
        .contentsAsUtf8String()
        .contains("   * @param events_ who kicked\n");
    ClassLoader classes = new CompiledClasses(compilation);
    Object events = classes.loadClass("test.events").getConstructor().newInstance();
    Method kicked = events.getClass().getMethod("kicked", String.class);
    Method muted = events.getClass().getMethod("muted", Object.class);
    assertThat(((CloseEvent) kicked.invoke(events, "ada")).reason()).isEqualTo("Kicked by ada");
    assertThat(((CloseEvent) muted.invoke(events, 7)).reason()).isEqualTo("Muted by 7");
    assertThat(((CloseEvent) muted.invoke(events, NAMELESS)).reason()).isEqualTo("Muted by null");
    assertThat(((CloseEvent) kicked.invoke(events, (Object) null)).reason())
        .isEqualTo("Kicked by null");
  }

  @ProcessorTest
  void parametersNamedLikeEveryIdentifierOfTheGeneratedCode() throws Exception {
    Compilation plain = compile(issueCase());
    assertThat(plain).succeededWithoutWarnings();
    Set<String> identifiers = new TreeSet<>();
    identifiers.addAll(identifiers(plain, "test.events"));
    identifiers.addAll(identifiers(plain, "test.ChatCloseCode"));
    assertThat(identifiers)
        .containsAtLeast("events", "ChatCloseCode", "CloseEvent", "String", "KICKED", "dev");
    List<String> names = List.copyOf(identifiers);
    String reason = names.stream().map(name -> "{" + name + "}").collect(Collectors.joining(" "));

    JavaFileObject source =
        set(
            "  @Code(value = 4002, reason = \"" + reason + "\")",
            "  CloseEvent kicked(" + parameters("String", names) + ");",
            "  @Code(value = 4003, reason = \"" + reason + "\")",
            "  CloseEvent muted(" + parameters("Object", names) + ");");
    Compilation compilation = compile(source);

    assertThat(compilation).succeededWithoutWarnings();
    ClassLoader classes = new CompiledClasses(compilation);
    Object events = classes.loadClass("test.events").getConstructor().newInstance();
    String[] arguments =
        IntStream.range(0, names.size()).mapToObj(String::valueOf).toArray(String[]::new);
    String expected = ReasonText.fit(String.join(" ", arguments));
    Class<?>[] strings = new Class<?>[names.size()];
    Arrays.fill(strings, String.class);
    Class<?>[] objects = new Class<?>[names.size()];
    Arrays.fill(objects, Object.class);
    Method kicked = events.getClass().getMethod("kicked", strings);
    Method muted = events.getClass().getMethod("muted", objects);
    assertThat(((CloseEvent) kicked.invoke(events, (Object[]) arguments)).reason())
        .isEqualTo(expected);
    assertThat(((CloseEvent) muted.invoke(events, (Object[]) arguments)).reason())
        .isEqualTo(expected);
  }

  /** The case of issue 22: a parameter named like the events class. */
  private static JavaFileObject issueCase() {
    return set(
        "  @Code(value = 4001, reason = \"Bye\")",
        "  CloseEvent bye();",
        "  /**",
        "   * Kicked.",
        "   *",
        "   * @param events who kicked",
        "   * @return the event",
        "   */",
        "  @Code(value = 4002, reason = \"Kicked by {events}\")",
        "  CloseEvent kicked(String events);",
        "  @Code(value = 4003, reason = \"Muted by {events}\")",
        "  CloseEvent muted(Object events);");
  }

  private static JavaFileObject set(String... members) {
    return source(
        "test.ChatCloses",
        """
        package test;

        import dev.closecodes.CloseCodes;
        import dev.closecodes.Code;
        import dev.closecodes.runtime.CloseEvent;

        @CloseCodes(eventsName = "events")
        public interface ChatCloses {
        %s
        }
        """
            .formatted(String.join("\n", members)));
  }

  private static String parameters(String type, List<String> names) {
    return names.stream().map(name -> type + " " + name).collect(Collectors.joining(", "));
  }

  /** The identifiers of a generated source's code, not of its comments and literals. */
  private static Set<String> identifiers(Compilation compilation, String type) throws IOException {
    String text =
        compilation.generatedSourceFile(type).orElseThrow().getCharContent(true).toString();
    Matcher identifier = IDENTIFIER.matcher(COMMENT_OR_TEXT.matcher(text).replaceAll(" "));
    List<String> found = new ArrayList<>();
    while (identifier.find()) {
      if (!SourceVersion.isKeyword(identifier.group())) {
        found.add(identifier.group());
      }
    }
    return Set.copyOf(found);
  }
}
