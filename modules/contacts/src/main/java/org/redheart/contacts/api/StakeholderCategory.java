package org.redheart.contacts.api;

/** A kind of stakeholder the campaign works with, such as "Social workers". */
public record StakeholderCategory(long id, String name, String nameBn, int position) {

  /** The name in the given language, falling back to English where no translation is recorded. */
  public String name(String language) {
    return "bn".equals(language) && nameBn != null && !nameBn.isBlank() ? nameBn : name;
  }
}
