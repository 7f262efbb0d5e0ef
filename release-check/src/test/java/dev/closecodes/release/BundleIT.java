package dev.closecodes.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundle a release sends to Maven Central: every published artifact with its jar, sources,
 * javadoc and pom, each with checksums that match (and signatures where the release signed), a
 * licence in every jar, addresses without appended paths, and nothing that is not published.
 */
class BundleIT {

  private static final List<String> JARS =
      List.of(
          "closecodes-annotations",
          "closecodes-runtime",
          "closecodes-processor",
          "closecodes-jakarta",
          "closecodes-spring",
          "closecodes-netty",
          "closecodes-jdk",
          "closecodes-okhttp",
          "closecodes-java-websocket",
          "closecodes-vertx",
          "closecodes-quarkus",
          "closecodes-micrometer",
          "closecodes-spring-boot-starter");
  private static final List<String> POMS =
      List.of("closecodes-parent", "closecodes-bom", "closecodes-adapters");

  private static final Map<String, byte[]> files = new HashMap<>();

  @BeforeAll
  static void readTheBundle() throws IOException {
    // Maven Central takes release versions only, and the publishing plugin bundles nothing else.
    Assumptions.assumeFalse(
        System.getProperty("version").endsWith("-SNAPSHOT"),
        "no bundle for a SNAPSHOT version: set a release version (mvn versions:set) or run"
            + " .ci/release-check");
    try (ZipFile bundle = new ZipFile(System.getProperty("bundle"))) {
      for (ZipEntry entry : bundle.stream().toList()) {
        if (!entry.isDirectory()) {
          try (InputStream in = bundle.getInputStream(entry)) {
            files.put(entry.getName(), in.readAllBytes());
          }
        }
      }
    }
  }

  private static String path(String artifact, String suffix) {
    String version = System.getProperty("version");
    return "dev/closecodes/" + artifact + "/" + version + "/" + artifact + "-" + version + suffix;
  }

  @Test
  void everyPublishedArtifactIsThereWithChecksums() throws Exception {
    for (String artifact : JARS) {
      for (String suffix : List.of(".jar", "-sources.jar", "-javadoc.jar", ".pom")) {
        assertComplete(path(artifact, suffix));
      }
    }
    for (String artifact : POMS) {
      assertComplete(path(artifact, ".pom"));
    }
  }

  private static void assertComplete(String file) throws NoSuchAlgorithmException {
    assertTrue(files.containsKey(file), "the bundle lacks " + file);
    for (String algorithm : List.of("MD5", "SHA-1")) {
      String extension = algorithm.equals("MD5") ? ".md5" : ".sha1";
      byte[] checksum = files.get(file + extension);
      assertTrue(checksum != null, "the bundle lacks " + file + extension);
      String expected =
          HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(files.get(file)));
      assertEquals(expected, new String(checksum, StandardCharsets.US_ASCII).strip(), file);
    }
    if (Boolean.parseBoolean(System.getProperty("signed"))) {
      assertTrue(files.containsKey(file + ".asc"), "the bundle lacks " + file + ".asc");
    }
  }

  @Test
  void everyJarCarriesTheLicence() throws IOException {
    for (String artifact : JARS) {
      byte[] jar = files.get(path(artifact, ".jar"));
      boolean licence = false;
      try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(jar))) {
        for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
          licence |= entry.getName().equals("META-INF/LICENSE");
        }
      }
      assertTrue(licence, artifact + " has no META-INF/LICENSE");
    }
  }

  @Test
  void addressesAreTheProjectsOwn() {
    for (String artifact : JARS) {
      String pom = new String(files.get(path(artifact, ".pom")), StandardCharsets.UTF_8);
      assertFalse(pom.contains("closecodes/closecodes/"), artifact + "'s pom appends a path");
    }
  }

  @Test
  void nothingUnpublishedIsBundled() {
    for (String name : files.keySet()) {
      String artifact = name.split("/")[2];
      assertTrue(JARS.contains(artifact) || POMS.contains(artifact), name);
    }
  }
}
