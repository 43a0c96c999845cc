package org.redheart.materials.api;

/** Where a concern was referred: the child helpline 1098, the police, a partner organisation, or nowhere (with a reason). */
public enum ReferralTarget {
  CHILD_HELPLINE_1098,
  POLICE,
  PARTNER_ORGANISATION,
  NOT_REFERRED
}
