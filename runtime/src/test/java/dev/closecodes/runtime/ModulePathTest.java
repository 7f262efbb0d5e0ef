package dev.closecodes.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the module path, the registry finds sets that modules {@code provides}: the runtime's {@code
 * uses} clause is what lets {@code ServiceLoader} look. Runs the built runtime module and an
 * application module compiled here in a module layer of their own.
 */
class ModulePathTest {

  @Test
  void registryFindsASetProvidedByAModule(@TempDir Path work) throws Exception {
    Path runtime = Path.of("target", "classes");
    assertTrue(Files.exists(runtime.resolve("module-info.class")), "the runtime module is built");
    Path source = work.resolve("src");
    write(
        source.resolve("module-info.java"),
        """
        module app.codes {
          requires dev.closecodes.runtime;
          provides dev.closecodes.runtime.CloseCodeSet with app.codes.AppCodes.Provider;
        }
        """);
    write(
        source.resolve("app/codes/AppCodes.java"),
        """
        package app.codes;

        import dev.closecodes.runtime.CloseCode;
        import dev.closecodes.runtime.CloseCodeSet;
        import java.util.List;

        public enum AppCodes implements CloseCode {
          APP_CODE;

          public int code() { return 4321; }
          public String reason() { return ""; }

          public static final class Provider implements CloseCodeSet {
            public String declaredBy() { return "app.codes.AppCloses"; }
            public List<AppCodes> codes() { return List.of(values()); }
          }
        }
        """);
    Path classes = work.resolve("classes");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status =
        javac.run(
            null,
            null,
            null,
            "-d",
            classes.toString(),
            "--module-path",
            runtime.toString(),
            source.resolve("module-info.java").toString(),
            source.resolve("app/codes/AppCodes.java").toString());
    assertEquals(0, status, "the application module compiles");

    Configuration configuration =
        ModuleLayer.boot()
            .configuration()
            .resolveAndBind(
                ModuleFinder.of(runtime, classes),
                ModuleFinder.of(),
                Set.of("dev.closecodes.runtime"));
    ModuleLayer layer =
        ModuleLayer.boot()
            .defineModulesWithOneLoader(configuration, ClassLoader.getSystemClassLoader());
    ClassLoader loader = layer.findLoader("dev.closecodes.runtime");
    Class<?> registryType = loader.loadClass(CloseCodeRegistry.class.getName());
    assertEquals("dev.closecodes.runtime", registryType.getModule().getName());

    Object registry = registryType.getMethod("load", ClassLoader.class).invoke(null, loader);
    Object code = registryType.getMethod("resolve", int.class).invoke(registry, 4321);

    assertEquals("APP_CODE", code.getClass().getMethod("name").invoke(code));
    assertEquals("app.codes", code.getClass().getModule().getName());
    @SuppressWarnings("unchecked")
    List<Object> sets = (List<Object>) registryType.getMethod("sets").invoke(registry);
    assertEquals(1, sets.size());
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
