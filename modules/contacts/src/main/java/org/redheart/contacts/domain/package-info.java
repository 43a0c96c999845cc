/**
 * The contacts domain: entities and the pure rules of the directory.
 *
 * <p>Normalisation on entry and import, shared by both: {@link org.redheart.contacts.domain.Names}
 * (display, search and blocking-key forms of a name; Bangla kept intact), {@link
 * org.redheart.contacts.domain.Emails}, {@link org.redheart.contacts.domain.Phones} (Bengali digits,
 * national numbers made international), {@link org.redheart.contacts.domain.Countries} (one code per
 * country, default time zone) and {@link org.redheart.contacts.domain.Districts} (the 64 districts of
 * Bangladesh under their official English names). None of them touches a database or a framework.
 */
package org.redheart.contacts.domain;
