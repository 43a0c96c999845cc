package org.redheart.materials.api;

/**
 * A kind of material from the editable list (brief, issue brief, booklet, badge, bulletin, video,
 * presentation, social post, and what admins add). {@code code} is stable (upper case, such as
 * {@code SOCIAL_POST}); the names are shown in English and Bangla. {@link #BULLETIN} materials are
 * sent to the network; {@link #SOCIAL_POST} ones go to a channel.
 */
public record MaterialKind(String code, String nameEn, String nameBn, boolean active) {
  public static final String BRIEF = "BRIEF";
  public static final String ISSUE_BRIEF = "ISSUE_BRIEF";
  public static final String BOOKLET = "BOOKLET";
  public static final String BADGE = "BADGE";
  public static final String BULLETIN = "BULLETIN";
  public static final String VIDEO = "VIDEO";
  public static final String PRESENTATION = "PRESENTATION";
  public static final String SOCIAL_POST = "SOCIAL_POST";

  public String name(String language) {
    return "bn".equals(language) && nameBn != null && !nameBn.isBlank() ? nameBn : nameEn;
  }
}
