package dev.closecodes.spring.boot;

import dev.closecodes.micrometer.CloseMetrics;
import dev.closecodes.runtime.CloseCodeRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * What an application with closecodes needs from Spring Boot, with no configuration:
 *
 * <ul>
 *   <li>each endpoint's client bindings, which the processor writes under {@code
 *       META-INF/closecodes/} of every jar (and which Boot's repackaging moves out of the static
 *       locations), served at {@value CloseCodesBindings#DEFAULT_PATH}{@code /**} by a route of
 *       Spring MVC or WebFlux, each with its type and charset: {@code /closecodes/chat.js}; {@code
 *       closecodes.bindings.path} moves them, {@code closecodes.bindings.enabled=false} turns them
 *       off;
 *   <li>each generated events class ({@code ChatCloseEvents}) as a bean, to inject as its interface
 *       ({@code ChatCloses});
 *   <li>a {@link CloseCodeRegistry} bean of the sets on the class path, loaded once, unless the
 *       application defines its own, which the metrics then name codes by;
 *   <li>a {@link CloseMetrics} bean counting into the application's {@link MeterRegistry}, where
 *       there is one (Actuator makes one). Without one there is no {@code CloseMetrics} bean rather
 *       than one that counts into nothing: sending typed closes needs no Micrometer, and a handler
 *       that counts where it can takes an {@code ObjectProvider<CloseMetrics>}.
 * </ul>
 *
 * <p>It names only Spring Framework types and Boot's conditions, which Boot 3.5 and 4 share.
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"
    })
public class CloseCodesAutoConfiguration {

  /** Registers the events beans; static, since it must run before other beans are made. */
  @Bean
  static CloseCodeEventsRegistrar closeCodeEventsRegistrar() {
    return new CloseCodeEventsRegistrar();
  }

  /** The sets the registrar found: one load for the events, the metrics and the application. */
  @Bean
  @ConditionalOnMissingBean
  CloseCodeRegistry closeCodeRegistry(CloseCodeEventsRegistrar registrar) {
    return registrar.registry();
  }

  /** Serves the bindings with Spring MVC. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(org.springframework.web.servlet.function.RouterFunction.class)
  @ConditionalOnProperty(
      prefix = "closecodes.bindings",
      name = "enabled",
      havingValue = "true",
      matchIfMissing = true)
  static class MvcBindings {
    @Bean
    org.springframework.web.servlet.function.RouterFunction<
            org.springframework.web.servlet.function.ServerResponse>
        closeCodesBindings(Environment environment, ResourceLoader loader) {
      CloseCodesBindings bindings = CloseCodesBindings.of(environment, loader.getClassLoader());
      return org.springframework.web.servlet.function.RouterFunctions.resources(
          org.springframework.web.servlet.function.RouterFunctions.resourceLookupFunction(
                  bindings.pattern(), CloseCodesBindings.LOCATION)
              .andThen(found -> found.filter(bindings::serves)),
          bindings::headers);
    }
  }

  /** Serves the bindings with Spring WebFlux. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
  @ConditionalOnClass(org.springframework.web.reactive.function.server.RouterFunction.class)
  @ConditionalOnProperty(
      prefix = "closecodes.bindings",
      name = "enabled",
      havingValue = "true",
      matchIfMissing = true)
  static class WebFluxBindings {
    @Bean
    org.springframework.web.reactive.function.server.RouterFunction<
            org.springframework.web.reactive.function.server.ServerResponse>
        closeCodesBindings(Environment environment, ResourceLoader loader) {
      CloseCodesBindings bindings = CloseCodesBindings.of(environment, loader.getClassLoader());
      return org.springframework.web.reactive.function.server.RouterFunctions.resources(
          org.springframework.web.reactive.function.server.RouterFunctions.resourceLookupFunction(
                  bindings.pattern(), CloseCodesBindings.LOCATION)
              .andThen(found -> found.filter(bindings::serves)),
          bindings::headers);
    }
  }

  /** Counts closes where the application has Micrometer. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterRegistry.class)
  @ConditionalOnBean(MeterRegistry.class)
  static class Metrics {
    @Bean
    @ConditionalOnMissingBean
    CloseMetrics closeMetrics(MeterRegistry meters, CloseCodeRegistry codes) {
      return new CloseMetrics(meters, codes);
    }
  }
}
