package org.redheart.app.process;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.beans.FeatureDescriptor;
import java.util.Collections;
import java.util.Iterator;
import java.util.Set;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/** Resolves {@code ${beanName}} in BPMN expressions to the CDI bean with that {@code @Named} name. */
class CdiElResolver extends ELResolver {
  private final BeanManager beanManager;

  CdiElResolver(BeanManager beanManager) {
    this.beanManager = beanManager;
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    if (base != null || property == null) {
      return null;
    }
    Set<Bean<?>> beans = beanManager.getBeans(property.toString());
    if (beans.isEmpty()) {
      return null;
    }
    Bean<?> bean = beanManager.resolve(beans);
    CreationalContext<?> creational = beanManager.createCreationalContext(bean);
    Object instance = beanManager.getReference(bean, bean.getBeanClass(), creational);
    context.setPropertyResolved(true);
    return instance;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {}

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return true;
  }

  @Override
  public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
    return Collections.emptyIterator();
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return Object.class;
  }
}
