package org.redheart.network.api;

/** Who joins the network: an organisation (an INGO, an NGO, a CBO) or an individual. */
public enum MemberKind {
  ORGANISATION,
  INDIVIDUAL
}
