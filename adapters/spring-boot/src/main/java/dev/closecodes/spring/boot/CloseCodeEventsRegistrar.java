package dev.closecodes.spring.boot;

import dev.closecodes.runtime.CloseCodeRegistry;
import dev.closecodes.runtime.CloseCodeSet;
import java.beans.Introspector;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;

/**
 * Registers the events factory of every set on the class path ({@code ChatCloseEvents}) as a bean
 * named after its class ({@code chatCloseEvents}), unless the application defines a bean of that
 * name itself. The factories hold no state, so one instance serves the whole application.
 *
 * <p>It runs while bean definitions are still being registered, before any bean of the application
 * exists, so it finds the sets itself, from the application's class loader; that registry is then
 * the starter's {@code CloseCodeRegistry} bean, unless the application defines its own, so that the
 * sets are loaded once per application context.
 */
final class CloseCodeEventsRegistrar
    implements BeanDefinitionRegistryPostProcessor, BeanClassLoaderAware {

  private ClassLoader classLoader;
  private CloseCodeRegistry registry;

  @Override
  public void setBeanClassLoader(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  @Override
  public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
    for (CloseCodeSet set : registry().sets()) {
      set.events()
          .ifPresent(
              events -> {
                String name = Introspector.decapitalize(events.getClass().getSimpleName());
                if (!registry.containsBeanDefinition(name)) {
                  registry.registerBeanDefinition(name, definition(events));
                }
              });
    }
  }

  /** The sets on the application's class path, found the first time they are asked for. */
  synchronized CloseCodeRegistry registry() {
    if (registry == null) {
      registry = CloseCodeRegistry.load(classLoader);
    }
    return registry;
  }

  @SuppressWarnings("unchecked")
  private static <T> RootBeanDefinition definition(T events) {
    return new RootBeanDefinition((Class<T>) events.getClass(), () -> events);
  }
}
