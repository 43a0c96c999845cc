package org.redheart.app.process;

import jakarta.enterprise.inject.spi.BeanManager;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/** The engine's expression manager with CDI beans resolvable by name, before the engine's own. */
class CdiExpressionManager extends JuelExpressionManager {
  private final BeanManager beanManager;

  CdiExpressionManager(BeanManager beanManager) {
    this.beanManager = beanManager;
  }

  @Override
  protected ELResolver createElResolver() {
    CompositeELResolver resolver = new CompositeELResolver();
    resolver.add(new CdiElResolver(beanManager));
    resolver.add(super.createElResolver());
    return resolver;
  }
}
