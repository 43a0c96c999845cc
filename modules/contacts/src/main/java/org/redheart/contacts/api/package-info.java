/** The contacts module's published API. */
package org.redheart.contacts.api;
