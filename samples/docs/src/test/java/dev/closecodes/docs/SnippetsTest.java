package dev.closecodes.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every code block marked {@code <!-- snippet: PATH -->} (or {@code PATH#REGION}, several separated
 * by spaces) on the line above it is the named file, or the lines between {@code snippet:start
 * REGION} and {@code snippet:end REGION} in it, to the character. The samples' builds compile and
 * run those files, so a snippet cannot drift from code that works. The {@code @project.version@}
 * and the like that invoker fills into the builds' poms are filled in the same way here.
 */
class SnippetsTest {

  private static final Pattern MARKER = Pattern.compile("<!-- snippet: (.+) -->");
  private static final Pattern FILTERED = Pattern.compile("@([\\w.-]+)@");
  private static final Pattern REGION_LINE = Pattern.compile("snippet:(start|end) ([\\w-]+)");

  @TestFactory
  Stream<DynamicTest> everyMarkedSnippetIsItsSource() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Markdown page : Markdown.all()) {
      for (Markdown.Block block : page.blocks()) {
        Matcher marker = MARKER.matcher(above(page, block));
        if (marker.matches()) {
          for (String source : marker.group(1).trim().split("\\s+")) {
            tests.add(
                DynamicTest.dynamicTest(
                    page.at(block.fence()) + " is " + source,
                    () -> assertEquals(text(source), String.join("\n", block.lines()))));
          }
        }
      }
    }
    assertTrue(tests.size() >= 20, "only " + tests.size() + " snippets are marked");
    return tests.stream();
  }

  /**
   * A block that holds a whole file (a class, a pom) claims to be complete, so it must be built.
   */
  @Test
  void everyCompleteSnippetIsMarked() {
    List<String> unmarked = new ArrayList<>();
    for (Markdown page : Markdown.all()) {
      for (Markdown.Block block : page.blocks()) {
        String first = block.lines().isEmpty() ? "" : block.lines().get(0);
        boolean complete =
            first.startsWith("package ")
                || first.startsWith("<project")
                || first.startsWith("<?xml");
        if (complete && !MARKER.matcher(above(page, block)).matches()) {
          unmarked.add(page.at(block.fence()));
        }
      }
    }
    assertEquals(List.of(), unmarked, "complete snippets without a snippet marker");
  }

  @Test
  void aRegionIsFoundAndDedented() {
    List<String> file =
        List.of(
            "class A {",
            "  // snippet:start r",
            "  void f() {",
            "    g();",
            "  }",
            "  // snippet:end r",
            "}");
    assertEquals("void f() {\n  g();\n}", region(file, "r", "A.java#r"));
    assertEquals("class A {\n  void f() {\n    g();\n  }\n}", withoutRegionLines(file));
  }

  private static String above(Markdown page, Markdown.Block block) {
    return block.fence() == 0 ? "" : page.lines().get(block.fence() - 1).trim();
  }

  /** The text a marker names, with the version invoker writes into the poms filled in. */
  private static String text(String source) throws IOException {
    String[] parts = source.split("#", 2);
    Path file = Markdown.root().resolve(parts[0]);
    if (!Files.isRegularFile(file)) {
      fail("no file " + parts[0]);
    }
    List<String> lines = Files.readAllLines(file).stream().map(SnippetsTest::filtered).toList();
    return parts.length == 1 ? withoutRegionLines(lines) : region(lines, parts[1], source);
  }

  /** A line with the {@code @name@} that invoker fills in from the build's properties filled in. */
  private static String filtered(String line) {
    return FILTERED
        .matcher(line)
        .replaceAll(
            token -> {
              String value = System.getProperty("filter." + token.group(1));
              return Matcher.quoteReplacement(value == null ? token.group() : value);
            });
  }

  private static String withoutRegionLines(List<String> lines) {
    return String.join(
        "\n", lines.stream().filter(line -> !REGION_LINE.matcher(line).find()).toList());
  }

  private static String region(List<String> lines, String name, String source) {
    int start = -1;
    int end = -1;
    for (int i = 0; i < lines.size(); i++) {
      Matcher line = REGION_LINE.matcher(lines.get(i));
      if (line.find() && line.group(2).equals(name)) {
        if (line.group(1).equals("start")) {
          start = i;
        } else {
          end = i;
        }
      }
    }
    if (start < 0 || end < start) {
      fail(source + " has no region " + name + " (snippet:start " + name + " ... snippet:end)");
    }
    List<String> kept =
        lines.subList(start + 1, end).stream()
            .filter(line -> !REGION_LINE.matcher(line).find())
            .toList();
    int indent =
        kept.stream()
            .filter(line -> !line.isBlank())
            .mapToInt(line -> line.length() - line.stripLeading().length())
            .min()
            .orElse(0);
    return String.join(
        "\n", kept.stream().map(line -> line.isBlank() ? "" : line.substring(indent)).toList());
  }
}
