/** Materials' entities and rules: no REST, Faces or Camunda here. */
package org.redheart.materials.domain;
