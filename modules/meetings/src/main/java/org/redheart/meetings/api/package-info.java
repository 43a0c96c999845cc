/** The meetings module's published API. */
package org.redheart.meetings.api;
