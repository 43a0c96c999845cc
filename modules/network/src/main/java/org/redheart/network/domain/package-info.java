/**
 * The network's entities and rules: {@link org.redheart.network.domain.Application} (an application
 * from the public form until decided), {@link org.redheart.network.domain.Member} (a contact's
 * membership) and its history lines; {@link org.redheart.network.domain.ApplicationRules} checks and
 * cleans the form. No JAX-RS, Faces or Camunda here.
 */
package org.redheart.network.domain;
