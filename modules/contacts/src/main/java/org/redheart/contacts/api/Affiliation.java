package org.redheart.contacts.api;

/** A person's place in an organisation: the organisation's id and name, and the person's title there. */
public record Affiliation(String organisationId, String organisationName, String title) {}
