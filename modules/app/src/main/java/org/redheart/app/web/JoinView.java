package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.redheart.contacts.api.StakeholderCategories;
import org.redheart.contacts.api.StakeholderCategory;
import org.redheart.network.api.ApplicationForm;
import org.redheart.network.api.MemberKind;
import org.redheart.network.api.MembershipApplications;
import org.redheart.platform.api.FormTokens;
import org.redheart.platform.api.InvalidInput;

/**
 * "Join the network" (public, no session): the application form of organisations and individuals.
 * Each field's error shows next to it; a stored application (or a bot's, silently dropped because
 * it filled the hidden {@code website} field) gets the thank-you page; a replayed or expired form
 * the plain "no longer valid" answer; too many from one address a "try later".
 */
@Named
@RequestScoped
public class JoinView {
  @Inject MembershipApplications applications;
  @Inject FormTokens formTokens;
  @Inject StakeholderCategories categories;
  @Inject Language language;

  private String kind;
  private String name;
  private String organisationName;
  private String email;
  private String phone;
  private String country = "Bangladesh";
  private String district;
  private Long categoryId;
  private boolean volunteer;
  private String helpText;
  private String mailLanguage;
  private boolean bulletinConsent;
  private String website;
  private String state = "form";
  private String formToken;

  /** "form", "received", "invalid" or "tooMany". */
  public String getState() {
    return state;
  }

  public String getFormToken() {
    if (formToken == null) {
      formToken = formTokens.issue(MembershipApplications.FORM, MembershipApplications.FORM);
    }
    return formToken;
  }

  public List<StakeholderCategory> getCategories() {
    return categories.all();
  }

  public String categoryName(StakeholderCategory c) {
    return c.name(language.getCode());
  }

  public void submit() {
    MemberKind memberKind = "ORGANISATION".equals(kind) ? MemberKind.ORGANISATION
        : "INDIVIDUAL".equals(kind) ? MemberKind.INDIVIDUAL : null;
    String lang = mailLanguage == null || mailLanguage.isBlank() ? language.getCode() : mailLanguage;
    ApplicationForm form = new ApplicationForm(memberKind, name, organisationName, email, phone, country, district,
        categoryId, volunteer, helpText, lang, bulletinConsent, website);
    try {
      HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
      MembershipApplications.Outcome outcome = applications.submit(form, PublicForms.tokenParam("ft"), request.getRemoteAddr());
      state = switch (outcome) {
        case RECEIVED -> "received";
        case INVALID -> "invalid";
        case TOO_MANY -> "tooMany";
      };
    } catch (InvalidInput e) {
      e.fieldErrors().forEach((field, message) ->
          PublicForms.fieldError("join:" + field, "join." + field, "join.error." + field));
    }
  }

  public String getKind() { return kind; }
  public void setKind(String kind) { this.kind = kind; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getOrganisationName() { return organisationName; }
  public void setOrganisationName(String organisationName) { this.organisationName = organisationName; }
  public String getEmail() { return email; }
  public void setEmail(String email) { this.email = email; }
  public String getPhone() { return phone; }
  public void setPhone(String phone) { this.phone = phone; }
  public String getCountry() { return country; }
  public void setCountry(String country) { this.country = country; }
  public String getDistrict() { return district; }
  public void setDistrict(String district) { this.district = district; }
  public Long getCategoryId() { return categoryId; }
  public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
  public boolean isVolunteer() { return volunteer; }
  public void setVolunteer(boolean volunteer) { this.volunteer = volunteer; }
  public String getHelpText() { return helpText; }
  public void setHelpText(String helpText) { this.helpText = helpText; }
  public String getMailLanguage() { return mailLanguage == null ? language.getCode() : mailLanguage; }
  public void setMailLanguage(String mailLanguage) { this.mailLanguage = mailLanguage; }
  public boolean isBulletinConsent() { return bulletinConsent; }
  public void setBulletinConsent(boolean bulletinConsent) { this.bulletinConsent = bulletinConsent; }
  public String getWebsite() { return website; }
  public void setWebsite(String website) { this.website = website; }
}
