package org.redheart.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redheart.platform.api.EventHandler;

/**
 * Every {@link EventHandler} bean of the application, by name: the bean's class name, which stays
 * the same across restarts and instances (a proxy's class name would not).
 */
@ApplicationScoped
public class EventHandlers {
  @Inject @Any Instance<EventHandler<?>> beans;

  private volatile Map<String, EventHandler<?>> byName;

  public List<String> namesFor(Class<?> eventType) {
    return all().entrySet().stream()
        .filter(e -> e.getValue().eventType().isAssignableFrom(eventType))
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  public Optional<EventHandler<?>> byName(String name) {
    return Optional.ofNullable(all().get(name));
  }

  private Map<String, EventHandler<?>> all() {
    Map<String, EventHandler<?>> map = byName;
    if (map == null) {
      map = new LinkedHashMap<>();
      for (Instance.Handle<EventHandler<?>> handle : beans.handles()) {
        map.put(handle.getBean().getBeanClass().getName(), handle.get());
      }
      byName = map;
    }
    return map;
  }
}
