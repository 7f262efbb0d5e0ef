package dev.closecodes.processor.generation.bindings;

import java.util.Optional;
import java.util.Set;

/**
 * One kind of client file, such as TypeScript or the JSON manifest: it renders an endpoint's {@link
 * ClientCatalogue} as text. The processor writes one file per format and endpoint (or set) under
 * {@code META-INF/closecodes/}, and into {@code -Aclosecodes.clientDir} where that is given.
 *
 * <p>The formats built in are listed in {@link ClientFormats}; a format of another jar on the
 * processor path is found with {@link java.util.ServiceLoader} (a {@code
 * META-INF/services/dev.closecodes.processor.generation.bindings.ClientFormat} entry, with a public
 * no-argument constructor). Either is written only when {@code -Aclosecodes.bindings.formats} names
 * it. A format is a pure function of the catalogue: it writes nothing itself and keeps no state
 * between calls.
 */
public interface ClientFormat {

  /**
   * @return the name that {@code -Aclosecodes.bindings.formats} selects it by, such as {@code ts}
   *     or {@code d.ts}; also the extension of its files
   */
  String name();

  /**
   * @return the media type that a server sends the file with, such as {@code text/javascript;
   *     charset=utf-8}; the processor records it for each file it writes
   */
  String contentType();

  /**
   * @return the name of the file for {@code catalogue}: by default its base name, a dot and {@link
   *     #name()}, such as {@code chat.d.ts}. It stays inside {@code META-INF/closecodes/}: the
   *     processor refuses an absolute path or one with a {@code ..} segment, and writes no such
   *     file
   */
  default String fileName(ClientCatalogue catalogue) {
    return catalogue.name() + "." + name();
  }

  /**
   * @return the file's text, which the processor writes as UTF-8
   */
  String render(ClientCatalogue catalogue);

  /**
   * @return the processor options ({@code -Akey=value}) this format reads from {@link
   *     ClientCatalogue#options()}: the processor declares them as its own, so that javac does not
   *     warn that no processor knows them (a warning that fails builds with {@code -Werror})
   */
  default Set<String> options() {
    return Set.of();
  }

  /**
   * @param option one of {@link #options()}
   * @return what to use instead, where {@code value} does not suit {@code option}, such as {@code
   *     use a Kotlin package name}; the processor reports it as an error of the option
   */
  default Optional<String> refusal(String option, String value) {
    return Optional.empty();
  }
}
