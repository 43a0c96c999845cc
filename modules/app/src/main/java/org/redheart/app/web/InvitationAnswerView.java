package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import org.redheart.meetings.api.InvitationAnswers;
import org.redheart.meetings.api.InvitationAnswers.AnswerInput;
import org.redheart.meetings.api.InvitationAnswers.AnswerPage;
import org.redheart.meetings.api.InvitationAnswers.AnswerResult;
import org.redheart.meetings.api.InvitationStatus;
import org.redheart.platform.api.FileTooLarge;
import org.redheart.platform.api.FormTokens;
import org.redheart.platform.api.InvalidInput;

/**
 * The page an invitation link opens ({@code /public/invitation.xhtml?t=…}; public, no session, a
 * transient view). GET only shows: the invitation, the current answer and the ways to give or change
 * it. Only posting one of its forms, with the page's one-time token {@code ft}, records anything; a
 * replayed post shows {@code replayed} and changes nothing. The page speaks the invitee's language
 * unless the language switch asked for the other one (its {@code lang} parameter, carried through the
 * forms as a hidden field).
 */
@Named
@RequestScoped
public class InvitationAnswerView {
  public static final String PAGE = "/public/invitation.xhtml";
  static final Set<String> LANGUAGES = Set.of("en", "bn");
  static final Set<String> FIELDS = Set.of("answer", "reason", "colleagueName", "colleagueEmail",
      "colleagueOrganisation", "note");

  @Inject InvitationAnswers answers;
  @Inject FormTokens formTokens;
  @Inject Language language;

  private AnswerPage page;
  private String formToken;
  private AnswerResult result;
  private String uploaded;

  private String reason;
  private String colleagueName;
  private String colleagueEmail;
  private String colleagueOrganisation;
  private String note;
  private Part bio;
  private Part slides;

  /** The link token of this request (query on GET, hidden field on POST). */
  public String getLink() {
    return PublicForms.tokenParam("t");
  }

  /** The language the switch asked for ("en"/"bn"), or null for the invitee's own. */
  public String getLang() {
    String lang = PublicForms.tokenParam("lang");
    return lang != null && LANGUAGES.contains(lang) ? lang : null;
  }

  /** What the page shows, read once per request (again after a post). */
  public AnswerPage getPage() {
    if (page == null) {
      String link = getLink();
      page = link == null ? invalid() : answers.open(link, getLang());
      if (page == null) {
        page = invalid();
      }
    }
    return page;
  }

  private static AnswerPage invalid() {
    return new AnswerPage(AnswerPage.INVALID, null, null, null, null, null, null, null, false, null, null, null, null,
        null, null, null, null, false, false);
  }

  /** VALID, INVALID, ENDED, CANCELLED or WITHDRAWN. */
  public String getState() {
    return getPage().state() == null ? AnswerPage.INVALID : getPage().state();
  }

  public boolean isValid() {
    return AnswerPage.VALID.equals(getState());
  }

  public boolean isSpeaker() {
    return "SPEAKER".equals(getPage().kind());
  }

  /** The meeting has a place to come to (an online-only meeting offers only "online"). */
  public boolean isOnSite() {
    return notBlank(getPage().venue()) || !getPage().online();
  }

  /**
   * The page's language: the switch's choice, else the invitee's (what the service says), else the
   * reader's (cookie or browser) for links that name nobody.
   */
  public Locale getLocale() {
    // a link that names nobody: the reader's language (cookie or browser), not a default
    String invitees = AnswerPage.INVALID.equals(getState()) ? null : getPage().language();
    return locale(getLang(), invitees, language.getLocale());
  }

  static Locale locale(String switched, String invitees, Locale readers) {
    String code = switched != null ? switched : invitees;
    if (code == null || !LANGUAGES.contains(code)) {
      return readers;
    }
    return "bn".equals(code) ? Language.BANGLA : Locale.ENGLISH;
  }

  public String getCode() {
    return getLocale().getLanguage();
  }

  /**
   * The page's one-time token, issued straight from the platform's form tokens (bound to the link, as
   * {@link InvitationAnswers#formToken} does): the page has just verified the link by opening it, and
   * one unit in the GET's transaction keeps H2's XA out of the way of a speaker's process being told
   * of the answer at the same moment.
   */
  public String getFormToken() {
    if (formToken == null && getLink() != null) {
      formToken = formTokens.issue(InvitationAnswers.FORM, getLink().strip());
    }
    return formToken;
  }

  /** Where the language switch returns to: this page with its link and the chosen language. */
  public String getSelfPath() {
    String link = getLink();
    return PAGE + (link == null ? "" : "?t=" + URLEncoder.encode(link, StandardCharsets.UTF_8) + "&lang="
        + LanguageServlet.CHOSEN);
  }

  /** The calendar file of this link. */
  public String getCalendarPath() {
    String link = getLink();
    return InvitationCalendarServlet.PATH + "?t=" + URLEncoder.encode(link == null ? "" : link, StandardCharsets.UTF_8);
  }

  // ---- the current answer

  public String getStatus() {
    String status = getPage().status();
    return status == null ? InvitationStatus.INVITED : status;
  }

  public String getMode() {
    return getPage().mode() == null ? "" : getPage().mode();
  }

  public String getWaiting() {
    return getPage().waitingPosition() == null ? "" : getPage().waitingPosition().toString();
  }

  public boolean isAccepted() {
    return InvitationStatus.ACCEPTED.equals(getStatus());
  }

  public boolean isAcceptedOnSite() {
    return isAccepted() && InvitationStatus.ON_SITE.equals(getPage().mode());
  }

  public boolean isAcceptedOnline() {
    return isAccepted() && InvitationStatus.ONLINE.equals(getPage().mode());
  }

  public boolean isDeclined() {
    return InvitationStatus.DECLINED.equals(getStatus()) || InvitationStatus.DELEGATED.equals(getStatus());
  }

  /** The sentence of the current answer. */
  public String getStatusText() {
    return describe(getStatus(), getPage().mode(), getPage().waitingPosition());
  }

  private String describe(String status, String mode, Integer waitingPosition) {
    String key = statusKey(status, mode);
    return InvitationStatus.WAITING.equals(status)
        ? text(key, digits(waitingPosition == null ? "?" : waitingPosition.toString())) : text(key);
  }

  /** The bundle key of the sentence of an answer as it stands. */
  static String statusKey(String status, String mode) {
    if (InvitationStatus.ACCEPTED.equals(status)) {
      return InvitationStatus.ONLINE.equals(mode) ? "pub.inv.status.ACCEPTED_ONLINE" : "pub.inv.status.ACCEPTED_ON_SITE";
    }
    if (InvitationStatus.WAITING.equals(status) || InvitationStatus.DECLINED.equals(status)
        || InvitationStatus.DELEGATED.equals(status)) {
      return "pub.inv.status." + status;
    }
    return "pub.inv.status.INVITED";
  }

  /** The length asked of a speaker, in the page's digits. */
  public String getLength() {
    Integer minutes = getPage().lengthMinutes();
    return minutes == null ? "" : text("pub.inv.minutes", digits(minutes.toString()));
  }

  // ---- what the last post did

  /** RECORDED, UNCHANGED, REPLAYED, or null when nothing was posted (or the post failed). */
  public String getOutcome() {
    return result == null ? null : result.outcome();
  }

  public boolean isRecorded() {
    return result != null && (AnswerResult.RECORDED.equals(result.outcome()) || AnswerResult.UNCHANGED.equals(result.outcome()));
  }

  public boolean isReplayed() {
    return result != null && AnswerResult.REPLAYED.equals(result.outcome());
  }

  /** What was recorded, in a sentence. */
  public String getRecordedText() {
    if (result == null) {
      return "";
    }
    if (uploaded != null) {
      return text("pub.inv.recorded.upload." + uploaded);
    }
    String what = describe(result.status(), result.mode(), result.waitingPosition());
    return text(AnswerResult.UNCHANGED.equals(result.outcome()) ? "pub.inv.recorded.unchanged" : "pub.inv.recorded.text", what);
  }

  // ---- actions

  public void acceptOnSite() {
    submit(new AnswerInput(AnswerInput.ACCEPT_ON_SITE, null, null, null, null, null));
  }

  public void acceptOnline() {
    submit(new AnswerInput(AnswerInput.ACCEPT_ONLINE, null, null, null, null, null));
  }

  public void decline() {
    submit(new AnswerInput(AnswerInput.DECLINE, reason, null, null, null, null));
  }

  public void suggest() {
    submit(new AnswerInput(AnswerInput.DELEGATE, null, colleagueName, colleagueEmail, colleagueOrganisation, note));
  }

  private void submit(AnswerInput input) {
    String link = getLink();
    if (link == null) {
      page = invalid();
      return;
    }
    try {
      result = answers.answer(link, PublicForms.tokenParam("ft"), input);
      afterPost();
    } catch (InvalidInput e) {
      String form = AnswerInput.DELEGATE.equals(input.answer()) ? "delegate" : "answer";
      e.fieldErrors().forEach((field, message) -> fieldError(form, field, message));
    }
  }

  /** Stores the bio and/or slides; each file is checked by its content; a second file needs a fresh token. */
  public void uploadFiles() {
    String link = getLink();
    if (link == null) {
      page = invalid();
      return;
    }
    boolean hasBio = bio != null && bio.getSize() > 0;
    boolean hasSlides = slides != null && slides.getSize() > 0;
    if (!hasBio && !hasSlides) {
      fieldError("upload", "bio", text("pub.inv.upload.choose"));
      return;
    }
    String token = PublicForms.tokenParam("ft");
    try {
      if (hasBio) {
        result = store(link, token, "bio", bio);
        if (!acted(result)) {
          afterPost();
          return;
        }
        uploaded = "bio";
        token = hasSlides ? formTokens.issue(InvitationAnswers.FORM, link.strip()) : null;
      }
      if (hasSlides) {
        result = store(link, token, "slides", slides);
        uploaded = acted(result) ? (hasBio ? "both" : "slides") : null;
      }
      afterPost();
    } finally {
      delete(bio);
      delete(slides);
    }
  }

  private AnswerResult store(String link, String token, String what, Part part) {
    try (InputStream in = part.getInputStream()) {
      return answers.upload(link, token, what, in, part.getSize(), part.getSubmittedFileName());
    } catch (FileTooLarge e) {
      fieldError("upload", what, text("pub.inv.error.tooLarge", FileTooLarge.describe(e.limit())));
      afterPost();
      return new AnswerResult(null, null, null, null);
    } catch (InvalidInput e) {
      e.fieldErrors().values().forEach(message -> fieldError("upload", what, message));
      afterPost();
      return new AnswerResult(null, null, null, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean acted(AnswerResult r) {
    return r != null && (AnswerResult.RECORDED.equals(r.outcome()) || AnswerResult.UNCHANGED.equals(r.outcome()));
  }

  private static void delete(Part part) {
    if (part != null) {
      try {
        part.delete();
      } catch (IOException ignored) {
        // the container removes its temporary file at the end of the request anyway
      }
    }
  }

  /** The page is read again (the answer changed it) with a fresh token for the next post. */
  private void afterPost() {
    page = null;
    formToken = null;
    if (result != null && result.outcome() == null) {
      result = null;
    }
  }

  /**
   * A field's error next to its input: the page's own words for the fields it knows (the service's
   * English detail after them for files, whose message names what the file was judged to be).
   */
  private void fieldError(String form, String field, String message) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String clientId;
    String text;
    if ("upload".equals(form)) {
      clientId = "upload:" + ("slides".equals(field) ? "slides" : "bio");
      text = text("pub.inv.upload." + ("slides".equals(field) ? "slides" : "bio")) + ": " + message;
    } else if (FIELDS.contains(field) && !"answer".equals(field)) {
      clientId = form + ":" + field;
      text = text("pub.inv.field." + field) + ": " + text("pub.inv.error." + field);
    } else {
      clientId = null;
      text = message;
    }
    faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    faces.validationFailed();
  }

  // ---- words in the page's language (which may differ from the reader's cookie)

  String text(String key, Object... args) {
    ResourceBundle bundle = ResourceBundle.getBundle("org.redheart.app.web.messages", getLocale());
    try {
      String pattern = bundle.getString(key);
      return args.length == 0 ? pattern : new MessageFormat(pattern, getLocale()).format(args);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** Bengali digits on a Bangla page. */
  String digits(String s) {
    return digits(s, getCode());
  }

  static String digits(String s, String languageCode) {
    if (!"bn".equals(languageCode)) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      out.append(c >= '0' && c <= '9' ? (char) ('\u09E6' + (c - '0')) : c);
    }
    return out.toString();
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }

  public String getReason() { return reason; }
  public void setReason(String reason) { this.reason = reason; }
  public String getColleagueName() { return colleagueName; }
  public void setColleagueName(String colleagueName) { this.colleagueName = colleagueName; }
  public String getColleagueEmail() { return colleagueEmail; }
  public void setColleagueEmail(String colleagueEmail) { this.colleagueEmail = colleagueEmail; }
  public String getColleagueOrganisation() { return colleagueOrganisation; }
  public void setColleagueOrganisation(String colleagueOrganisation) { this.colleagueOrganisation = colleagueOrganisation; }
  public String getNote() { return note; }
  public void setNote(String note) { this.note = note; }
  public Part getBio() { return bio; }
  public void setBio(Part bio) { this.bio = bio; }
  public Part getSlides() { return slides; }
  public void setSlides(Part slides) { this.slides = slides; }
}
