package dev.closecodes.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The processor's classes, as the JDK's {@code jdeps} reads them from the compiled classes: no
 * class depends, through others, on itself, and each package keeps to its side of the layering: the
 * model judges and writes nothing, generation trusts a validated model and never consults the
 * baseline. The relocated JavaPoet of the shaded jar is not the project's and is not looked at.
 */
class StructureTest {

  private static final String PACKAGE = "dev.closecodes.processor.";

  /** Top-level class (relative to {@value #PACKAGE}) to the top-level classes it uses. */
  private static Map<String, Set<String>> uses;

  @BeforeAll
  static void readTheClasses() {
    uses = dependencies();
  }

  @Test
  void noClassDependsOnItselfThroughOthers() {
    List<String> cycles = new ArrayList<>();
    for (String start : uses.keySet()) {
      if (reaches(start, start, new TreeSet<>())) {
        cycles.add(start);
      }
    }

    assertEquals(List.of(), cycles, "classes on a dependency cycle; uses: " + uses);
  }

  @Test
  void theModelUsesNeitherValidationNorGenerationNorDiagnostics() {
    assertEquals(Map.of(), usesOf("model.", "validation.", "generation.", "diagnostics."));
  }

  @Test
  void generationUsesNeitherValidationNorTheBaseline() {
    assertEquals(Map.of(), usesOf("generation.", "validation.", "baseline."));
  }

  @Test
  void validationGeneratesNothing() {
    assertEquals(Map.of(), usesOf("validation.", "generation."));
  }

  /** The classes of {@code from} that use classes of any of {@code forbidden}, with those. */
  private static Map<String, Set<String>> usesOf(String from, String... forbidden) {
    Map<String, Set<String>> found = new TreeMap<>();
    uses.forEach(
        (user, used) -> {
          if (user.startsWith(from)) {
            for (String target : used) {
              for (String prefix : forbidden) {
                if (target.startsWith(prefix)) {
                  found.computeIfAbsent(user, key -> new TreeSet<>()).add(target);
                }
              }
            }
          }
        });
    return found;
  }

  private static boolean reaches(String from, String target, Set<String> seen) {
    for (String next : uses.getOrDefault(from, Set.of())) {
      if (next.equals(target) || (seen.add(next) && reaches(next, target, seen))) {
        return true;
      }
    }
    return false;
  }

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
    Map<String, Set<String>> uses = new TreeMap<>();
    for (String line : out.toString().lines().toList()) {
      String[] parts = line.trim().split("\\s+");
      if (parts.length >= 3 && parts[1].equals("->") && ours(parts[0]) && ours(parts[2])) {
        String from = topLevel(parts[0]);
        String to = topLevel(parts[2]);
        if (!from.equals(to)) {
          uses.computeIfAbsent(from, key -> new TreeSet<>()).add(to);
        }
      }
    }
    assertEquals(true, uses.containsKey("CloseCodesProcessor"), "jdeps said: " + out);
    return uses;
  }

  private static boolean ours(String name) {
    return name.startsWith(PACKAGE) && !name.startsWith(PACKAGE + "shaded.");
  }

  private static String topLevel(String name) {
    String relative = name.substring(PACKAGE.length());
    int nested = relative.indexOf('$');
    return nested < 0 ? relative : relative.substring(0, nested);
  }
}
