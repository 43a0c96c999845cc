package org.redheart.contacts.api;

/** Whether a contact is a person or an organisation (an INGO, an NGO, a CBO, a school, a newspaper). */
public enum ContactKind {
  PERSON,
  ORGANISATION
}
