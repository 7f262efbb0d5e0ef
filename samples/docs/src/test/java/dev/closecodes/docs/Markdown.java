package dev.closecodes.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A Markdown file of the README or docs/, read as lines, with its fenced code blocks found. */
record Markdown(Path file, List<String> lines) {

  /** The repository's root, as the build passes it. */
  static Path root() {
    return Path.of(System.getProperty("closecodes.root", "../..")).toAbsolutePath().normalize();
  }

  /** The README and every page under docs/. */
  static List<Markdown> all() {
    Path root = root();
    try (Stream<Path> docs = Files.walk(root.resolve("docs"))) {
      List<Path> files = new ArrayList<>(List.of(root.resolve("README.md")));
      docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(files::add);
      List<Markdown> all = new ArrayList<>();
      for (Path file : files) {
        all.add(new Markdown(file, Files.readAllLines(file)));
      }
      return all;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where a line is, as editors and build logs say it: {@code docs/stacks.md:12}. */
  String at(int index) {
    return root().relativize(file) + ":" + (index + 1);
  }

  /** A fenced code block: the index of its opening fence, its info string and its lines. */
  record Block(int fence, String info, List<String> lines) {}

  List<Block> blocks() {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("```")) {
        int end = i + 1;
        while (end < lines.size() && !lines.get(end).startsWith("```")) {
          end++;
        }
        blocks.add(new Block(i, lines.get(i).substring(3).trim(), lines.subList(i + 1, end)));
        i = end;
      }
    }
    return blocks;
  }

  /** Whether a line is inside a fenced code block (the fences included). */
  boolean[] inCode() {
    boolean[] code = new boolean[lines.size()];
    for (Block block : blocks()) {
      for (int i = block.fence(); i <= block.fence() + block.lines().size() + 1; i++) {
        if (i < code.length) {
          code[i] = true;
        }
      }
    }
    return code;
  }
}
