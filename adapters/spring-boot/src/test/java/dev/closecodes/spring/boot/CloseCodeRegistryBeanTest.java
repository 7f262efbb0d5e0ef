package dev.closecodes.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.closecodes.micrometer.CloseMetrics;
import dev.closecodes.runtime.CloseCodeRegistry;
import dev.closecodes.runtime.CloseCodeSet;
import dev.closecodes.spring.boot.shop.ShopCloses;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * One {@link CloseCodeRegistry} per application context, loaded once, which the events beans and
 * the metrics share; or the application's own.
 */
class CloseCodeRegistryBeanTest {

  /** Counts the searches for close code sets: {@code ServiceLoader} makes one per load. */
  static final class CountingClassLoader extends ClassLoader {
    private static final String SETS = "META-INF/services/" + CloseCodeSet.class.getName();
    final AtomicInteger searches = new AtomicInteger();

    CountingClassLoader() {
      super(CloseCodeRegistryBeanTest.class.getClassLoader());
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      if (name.equals(SETS)) {
        searches.incrementAndGet();
      }
      return super.getResources(name);
    }
  }

  private final CountingClassLoader loader = new CountingClassLoader();
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withClassLoader(loader)
          .withConfiguration(AutoConfigurations.of(CloseCodesAutoConfiguration.class))
          .withBean(MeterRegistry.class, SimpleMeterRegistry::new);

  @Test
  void theSetsAreLoadedOnceForTheEventsTheRegistryAndTheMetrics() {
    runner.run(
        context -> {
          CloseCodeRegistry registry = context.getBean(CloseCodeRegistry.class);
          assertEquals(
              List.of(ShopCloses.class.getName()),
              registry.sets().stream().map(CloseCodeSet::declaredBy).toList());
          context
              .getBean(CloseMetrics.class)
              .sent(context.getBean(ShopCloses.class).cartExpired("c"));

          assertEquals(1, counted(context.getBean(MeterRegistry.class), "shop", "CART_EXPIRED"));
          assertEquals(1, loader.searches.get(), "searches for sets");
        });
  }

  @Test
  void anApplicationsOwnRegistryIsTheOneTheMetricsNameCodesBy() {
    CloseCodeRegistry standardOnly = CloseCodeRegistry.of();
    runner
        .withBean(CloseCodeRegistry.class, () -> standardOnly)
        .run(
            context -> {
              assertSame(standardOnly, context.getBean(CloseCodeRegistry.class));
              ShopCloses closes = context.getBean(ShopCloses.class);
              context.getBean(CloseMetrics.class).sent(closes.cartExpired("c"));

              MeterRegistry meters = context.getBean(MeterRegistry.class);
              assertEquals(1, counted(meters, "default", "UNREGISTERED"));
              assertEquals(1, loader.searches.get(), "searches for sets, for the events");
            });
  }

  private static double counted(MeterRegistry meters, String endpoint, String name) {
    return meters
        .get(CloseMetrics.NAME)
        .tags("endpoint", endpoint, "name", name, "direction", "sent")
        .counter()
        .count();
  }
}
