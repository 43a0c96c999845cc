/** The platform's published API: the only package of this module other modules may import. */
package org.redheart.platform.api;
