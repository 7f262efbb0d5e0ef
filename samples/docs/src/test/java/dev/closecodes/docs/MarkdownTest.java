package dev.closecodes.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README and docs/ read well in a terminal and in a browser: short lines, no dead links. */
class MarkdownTest {

  private static final int COLUMNS = 100;
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  private static final Pattern MARKER = Pattern.compile("<!-- snippet: .+ -->");
  private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");

  /**
   * Text is wrapped at 100 columns; code blocks, tables and snippet markers (which name a path and
   * render as nothing) cannot be, so they may run longer.
   */
  @Test
  void noLineOfTextIsWiderThan100Columns() {
    List<String> wide = new ArrayList<>();
    for (Markdown page : Markdown.all()) {
      boolean[] code = page.inCode();
      for (int i = 0; i < page.lines().size(); i++) {
        String line = page.lines().get(i);
        boolean table = line.startsWith("|");
        boolean marker = MARKER.matcher(line).matches();
        if (!code[i] && !table && !marker && line.codePointCount(0, line.length()) > COLUMNS) {
          wide.add(page.at(i) + " has " + line.codePointCount(0, line.length()) + " columns");
        }
      }
    }
    assertEquals(List.of(), wide);
  }

  /** A relative link names a file or folder that exists, and its #anchor a heading there. */
  @Test
  void everyRelativeLinkPointsAtSomething() {
    List<String> broken = new ArrayList<>();
    for (Markdown page : Markdown.all()) {
      boolean[] code = page.inCode();
      for (int i = 0; i < page.lines().size(); i++) {
        if (code[i]) {
          continue;
        }
        Matcher link = LINK.matcher(CODE_SPAN.matcher(page.lines().get(i)).replaceAll(""));
        while (link.find()) {
          String target = link.group(1);
          if (!target.matches("[a-z]+:.*") && !resolves(page, target)) {
            broken.add(page.at(i) + " links to " + target);
          }
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void anchorsAreMadeAsGitHubMakesThem() {
    assertEquals("on-the-wire-and-receiving", anchor("## On the wire, and receiving"));
    assertEquals("jdk-javanethttpwebsocket", anchor("### JDK `java.net.http.WebSocket`"));
    assertEquals("spring-boot-3-and-4", anchor("# Spring Boot 3 and 4"));
  }

  private static boolean resolves(Markdown page, String target) {
    String[] parts = target.split("#", 2);
    Path file = parts[0].isEmpty() ? page.file() : page.file().getParent().resolve(parts[0]);
    if (!Files.exists(file.normalize())) {
      return false;
    }
    if (parts.length == 1) {
      return true;
    }
    if (!file.toString().endsWith(".md")) {
      return false;
    }
    Markdown linked =
        Markdown.all().stream()
            .filter(other -> other.file().normalize().equals(file.normalize()))
            .findFirst()
            .orElseThrow();
    Set<String> anchors = new HashSet<>();
    boolean[] code = linked.inCode();
    for (int i = 0; i < linked.lines().size(); i++) {
      if (!code[i] && linked.lines().get(i).startsWith("#")) {
        anchors.add(anchor(linked.lines().get(i)));
      }
    }
    return anchors.contains(parts[1]);
  }

  /** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
  private static String anchor(String heading) {
    return heading
        .replaceFirst("^#+\\s*", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N} _-]", "")
        .replace(' ', '-');
  }
}
