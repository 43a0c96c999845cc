package org.redheart.contacts.api;

/** The lawful basis for processing a contact's data for a purpose (GDPR article 6). */
public enum LawfulBasis {
  CONSENT,
  LEGITIMATE_INTERESTS,
  CONTRACT,
  LEGAL_OBLIGATION,
  VITAL_INTERESTS,
  PUBLIC_TASK
}
