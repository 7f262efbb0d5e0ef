package dev.closecodes.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The runtime's classes form layers: UTF-8 and ranges at the bottom, then codes, the wire policy,
 * events, and the codec on top; no class depends, through others, on itself. Read from the compiled
 * classes by the JDK's {@code jdeps}.
 */
class LayeringTest {

  private static final String PACKAGE = "dev.closecodes.runtime.";

  @Test
  void noClassDependsOnItselfThroughOthers() {
    Map<String, Set<String>> uses = dependencies();

    List<String> cycles = new ArrayList<>();
    for (String start : uses.keySet()) {
      if (reaches(uses, start, start, new HashSet<>())) {
        cycles.add(start);
      }
    }

    assertEquals(List.of(), cycles, "classes on a dependency cycle; uses: " + uses);
  }

  private static boolean reaches(
      Map<String, Set<String>> uses, String from, String target, Set<String> seen) {
    for (String next : uses.getOrDefault(from, Set.of())) {
      if (next.equals(target) || (seen.add(next) && reaches(uses, next, target, seen))) {
        return true;
      }
    }
    return false;
  }

  /** Top-level class to the top-level classes it uses, nested classes folded into theirs. */
  private static Map<String, Set<String>> dependencies() {
    StringWriter out = new StringWriter();
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
    int status =
        jdeps.run(
            new PrintWriter(out),
            new PrintWriter(out),
            "-verbose:class",
            "-filter:none",
            Path.of("target", "classes").toString());
    assertEquals(0, status, out.toString());
    Map<String, Set<String>> uses = new HashMap<>();
    for (String line : out.toString().lines().toList()) {
      String[] parts = line.trim().split("\\s+");
      if (parts.length >= 3
          && parts[1].equals("->")
          && parts[0].startsWith(PACKAGE)
          && parts[2].startsWith(PACKAGE)) {
        String from = topLevel(parts[0]);
        String to = topLevel(parts[2]);
        if (!from.equals(to)) {
          uses.computeIfAbsent(from, key -> new HashSet<>()).add(to);
        }
      }
    }
    assertEquals(true, uses.containsKey("CloseFrame"), "jdeps said: " + out);
    return uses;
  }

  private static String topLevel(String name) {
    String simple = name.substring(PACKAGE.length());
    int nested = simple.indexOf('$');
    return nested < 0 ? simple : simple.substring(0, nested);
  }
}
