package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redheart.app.security.CurrentUser;
import org.redheart.contacts.api.Consent;
import org.redheart.contacts.api.ConsentPurpose;
import org.redheart.contacts.api.ContactDetails;
import org.redheart.contacts.api.ContactHistoryEntry;
import org.redheart.contacts.api.ContactKind;
import org.redheart.contacts.api.ContactSummary;
import org.redheart.contacts.api.Contacts;
import org.redheart.contacts.api.LawfulBasis;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;
import org.redheart.platform.api.Users;

/**
 * A person's or an organisation's page: details, consent per purpose with a form to record a
 * decision, history a page at a time, and possible duplicates with a way to merge them. Postbacks
 * carry the contact's id in a hidden input named {@code id}.
 */
@Named
@RequestScoped
public class ContactView {
  static final int HISTORY_PAGE_SIZE = 20;

  @Inject Contacts contacts;
  @Inject CurrentUser currentUser;
  @Inject Users users;

  private String id;
  private int historyPage;
  private ContactDetails details;
  private boolean missing;
  private Page<ContactHistoryEntry> history;
  private List<ContactSummary> similar;
  private Map<String, String> userNames;

  private String purpose;
  private String decision = "granted";
  private String lawfulBasis = LawfulBasis.CONSENT.name();
  private String source;

  /** One line of the consent table: a purpose and what is recorded for it (null when nothing is). */
  public record ConsentRow(ConsentPurpose purpose, Consent consent) {}

  /** The view action of a GET: 404 for an unknown id; a merged id goes to the contact it was merged into. */
  public void load() {
    ContactDetails d = getContact();
    if (missing) {
      Pages.notFound();
    } else if (d != null && !d.id().equals(id)) {
      Pages.redirect("/contact.xhtml?id=" + d.id());
    }
  }

  public ContactDetails getContact() {
    if (details == null && !missing) {
      if (id == null) {
        id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
      }
      if (id == null || id.isBlank()) {
        missing = true;
        return null;
      }
      try {
        details = contacts.get(id, currentUser.actor());
      } catch (NotFound | InvalidInput e) {
        missing = true;
      }
    }
    return details;
  }

  public boolean isPerson() {
    return getContact() != null && details.kind() == ContactKind.PERSON;
  }

  /** Admins and supervisors merge and export a person's data. */
  public boolean isManager() {
    return currentUser.isAdmin() || currentUser.isSupervisor();
  }

  /** Only admins erase (the platform's erasure is theirs). */
  public boolean isEraser() {
    return currentUser.isAdmin();
  }

  public List<ConsentRow> getConsents() {
    List<ConsentRow> rows = new ArrayList<>();
    if (getContact() == null) {
      return rows;
    }
    for (ConsentPurpose p : ConsentPurpose.values()) {
      rows.add(new ConsentRow(p, details.consent(p).orElse(null)));
    }
    return rows;
  }

  public Page<ContactHistoryEntry> getHistory() {
    if (history == null) {
      history = getContact() == null ? new Page<>(List.of(), 0, HISTORY_PAGE_SIZE, 0)
          : contacts.history(details.id(), new PageRequest(historyPage, HISTORY_PAGE_SIZE), currentUser.actor());
    }
    return history;
  }

  /** Possible duplicates: other contacts with a similar name. */
  public List<ContactSummary> getSimilar() {
    if (similar == null) {
      similar = List.of();
      if (getContact() != null && details.similar() > 0) {
        try {
          similar = contacts.similar(details.id(), currentUser.actor());
        } catch (Forbidden e) {
          similar = List.of();
        }
      }
    }
    return similar;
  }

  /** A user's display name (history and consent name users by id). */
  public String userName(String userId) {
    if (userId == null || userId.isBlank()) {
      return "";
    }
    if (userNames == null) {
      Set<String> ids = new HashSet<>();
      getHistory().items().forEach(h -> {
        if (h.actorId() != null) {
          ids.add(h.actorId());
        }
      });
      if (getContact() != null) {
        details.consents().forEach(c -> {
          if (c.recordedBy() != null) {
            ids.add(c.recordedBy());
          }
        });
        if (details.createdBy() != null) {
          ids.add(details.createdBy());
        }
      }
      ids.add(userId);
      userNames = new HashMap<>(users.displayNames(ids));
    }
    return userNames.getOrDefault(userId, userId);
  }

  /** A history action ("consent.granted") in words, or as recorded when it has no label. */
  public String action(String action) {
    String key = "contact.action." + action;
    String text = Pages.text(key);
    return text.equals(key) ? action : text;
  }

  public String historyLink(int target) {
    return "/contact.xhtml?id=" + (details == null ? id : details.id()) + "&historyPage=" + target + "#history";
  }

  public ConsentPurpose[] getPurposes() {
    return ConsentPurpose.values();
  }

  public LawfulBasis[] getLawfulBases() {
    return LawfulBasis.values();
  }

  /** Records a consent decision from the form; errors stay next to the form's fields. */
  public void recordConsent() {
    if (getContact() == null) {
      Pages.notFound();
      return;
    }
    InvalidInput.Collector errors = new InvalidInput.Collector();
    ConsentPurpose p = parse(ConsentPurpose.class, purpose);
    LawfulBasis basis = parse(LawfulBasis.class, lawfulBasis);
    if (p == null) {
      errors.add("purpose", Pages.text("error.required"));
    }
    if (basis == null) {
      errors.add("lawfulBasis", Pages.text("error.required"));
    }
    if (!"granted".equals(decision) && !"withdrawn".equals(decision)) {
      errors.add("granted", Pages.text("error.required"));
    }
    if (source == null || source.isBlank()) {
      errors.add("source", Pages.text("error.required"));
    }
    try {
      errors.throwIfAny();
      boolean granted = "granted".equals(decision);
      contacts.recordConsent(details.id(), p, granted, basis, source.strip(), currentUser.actor());
      Pages.info(granted ? "contact.consentGranted" : "contact.consentWithdrawn", Pages.text("purpose." + p.name()));
      Pages.redirect("/contact.xhtml?id=" + details.id() + "#consent");
    } catch (InvalidInput e) {
      Pages.fieldErrors(e, Map.of("purpose", "consent:purpose", "lawfulBasis", "consent:lawfulBasis",
          "basis", "consent:lawfulBasis", "granted", "consent:granted", "source", "consent:source"));
    } catch (Forbidden e) {
      Pages.error(e.getMessage());
    }
  }

  static <E extends Enum<E>> E parse(Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
  public int getHistoryPage() { return historyPage; }
  public void setHistoryPage(int historyPage) { this.historyPage = Math.max(0, Math.min(historyPage, 100_000)); }
  public String getPurpose() { return purpose; }
  public void setPurpose(String purpose) { this.purpose = purpose; }
  public String getDecision() { return decision; }
  public void setDecision(String decision) { this.decision = decision; }
  public String getLawfulBasis() { return lawfulBasis; }
  public void setLawfulBasis(String lawfulBasis) { this.lawfulBasis = lawfulBasis; }
  public String getSource() { return source; }
  public void setSource(String source) { this.source = source; }
}
