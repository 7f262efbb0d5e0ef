package dev.closecodes.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.micrometer.CloseMetrics;
import dev.closecodes.spring.boot.shop.ShopCloseEvents;
import dev.closecodes.spring.boot.shop.ShopCloses;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The auto-configuration in contexts of each kind, with and without what it depends on. */
class CloseCodesAutoConfigurationTest {

  private static final AutoConfigurations CLOSECODES =
      AutoConfigurations.of(CloseCodesAutoConfiguration.class);

  @Test
  void theEventsClassIsABeanOfItsInterface() {
    new ApplicationContextRunner()
        .withConfiguration(CLOSECODES)
        .run(
            context -> {
              ShopCloses closes = context.getBean(ShopCloses.class);
              assertEquals(ShopCloseEvents.class, closes.getClass());
              assertSame(closes, context.getBean("shopCloseEvents"));
              assertEquals("Cart c-1 expired", closes.cartExpired("c-1").reason());
            });
  }

  @Test
  void anApplicationsOwnBeanOfThatNameIsKept() {
    ShopCloseEvents own = new ShopCloseEvents();
    new ApplicationContextRunner()
        .withConfiguration(CLOSECODES)
        .withBean("shopCloseEvents", ShopCloseEvents.class, () -> own)
        .run(context -> assertSame(own, context.getBean(ShopCloses.class)));
  }

  @Test
  void metricsCountIntoTheApplicationsMeterRegistry() {
    new ApplicationContextRunner()
        .withConfiguration(CLOSECODES)
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .run(
            context -> {
              ShopCloses closes = context.getBean(ShopCloses.class);
              context.getBean(CloseMetrics.class).sent(closes.cartExpired("c-2"));

              MeterRegistry meters = context.getBean(MeterRegistry.class);
              assertEquals(
                  1.0,
                  meters
                      .get(CloseMetrics.NAME)
                      .tags("code", "4301", "name", "CART_EXPIRED", "direction", "sent")
                      .tag("set", ShopCloses.class.getName())
                      .counter()
                      .count());
            });
  }

  @Test
  void noMetricsWithoutAMeterRegistry() {
    new ApplicationContextRunner()
        .withConfiguration(CLOSECODES)
        .run(context -> assertTrue(context.getBeansOfType(CloseMetrics.class).isEmpty()));
  }

  @Test
  void withoutMicrometerTheEventsAreOfferedAndNoMetrics() {
    new ApplicationContextRunner()
        .withClassLoader(new FilteredClassLoader("io.micrometer.core."))
        .withConfiguration(CLOSECODES)
        .run(
            context -> {
              assertEquals(
                  "Cart c-3 expired",
                  context.getBean(ShopCloses.class).cartExpired("c-3").reason());
              assertTrue(context.getBeansOfType(CloseMetrics.class).isEmpty());
            });
  }

  @Test
  void anApplicationsOwnMetricsAreKept() {
    new ApplicationContextRunner()
        .withConfiguration(CLOSECODES)
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withBean("mine", CloseMetrics.class, () -> new CloseMetrics(new SimpleMeterRegistry()))
        .run(context -> assertEquals(1, context.getBeansOfType(CloseMetrics.class).size()));
  }
}
