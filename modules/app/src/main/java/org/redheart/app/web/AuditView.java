package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.redheart.app.security.CurrentUser;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;
import org.redheart.platform.api.Role;
import org.redheart.platform.api.Users;

/**
 * The audit log (supervisors and admins): filters in the query string (actor by user name or id,
 * action and subject exactly or with a trailing *, a UTC date range), a page at a time, and the
 * same filter as a CSV download.
 */
@Named
@RequestScoped
public class AuditView {
  static final int PAGE_SIZE = 50;

  @Inject Audit audit;
  @Inject Users users;
  @Inject CurrentUser currentUser;

  private String actor;
  private String action;
  private String subject;
  private String from;
  private String to;
  private int page;
  private Page<Audit.Entry> result;
  private Map<String, String> names;
  private Map<String, String> errors;

  public boolean isAllowed() {
    return currentUser.isSignedIn() && currentUser.getUser().roles().stream().anyMatch(r -> r == Role.SUPERVISOR || r == Role.ADMIN);
  }

  public void check() {
    if (!isAllowed()) {
      Pages.forbidden("supervisors and admins only");
    }
  }

  public Page<Audit.Entry> getResult() {
    if (result == null) {
      errors = new LinkedHashMap<>();
      try {
        result = audit.search(filter(), new PageRequest(page, PAGE_SIZE), currentUser.actor());
      } catch (InvalidInput e) {
        errors.putAll(e.fieldErrors());
        result = new Page<>(java.util.List.of(), 0, PAGE_SIZE, 0);
      }
      Set<String> ids = new HashSet<>();
      result.items().forEach(e -> ids.add(e.actorId()));
      names = users.displayNames(ids);
    }
    return result;
  }

  /** Field errors of the filter, by field (actor, from, to, action, subject). */
  public Map<String, String> getErrors() {
    getResult();
    return errors;
  }

  public String actorName(String actorId) {
    getResult();
    return names.getOrDefault(actorId, actorId);
  }

  /** The current filter as a query string ending in {@code &}, for the pager and the CSV link. */
  public String getQuery() {
    StringBuilder sb = new StringBuilder();
    param(sb, "actor", actor);
    param(sb, "action", action);
    param(sb, "subject", subject);
    param(sb, "from", from);
    param(sb, "to", to);
    return sb.toString();
  }

  private static void param(StringBuilder sb, String name, String value) {
    if (value != null && !value.isBlank()) {
      sb.append(name).append('=').append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8)).append('&');
    }
  }

  private Audit.Filter filter() {
    InvalidInput.Collector problems = new InvalidInput.Collector();
    String actorId = null;
    if (actor != null && !actor.isBlank()) {
      String a = actor.strip();
      actorId = users.findByUsername(a.toLowerCase(java.util.Locale.ROOT)).map(u -> u.id()).orElse(a);
    }
    LocalDate fromDate = date(from, "from", problems);
    LocalDate toDate = date(to, "to", problems);
    problems.throwIfAny();
    return new Audit.Filter(actorId, action, subject, fromDate, toDate);
  }

  private static LocalDate date(String text, String field, InvalidInput.Collector problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(org.redheart.platform.api.Digits.toAscii(text.strip()));
    } catch (DateTimeParseException e) {
      problems.add(field, Pages.text("audit.badDate"));
      return null;
    }
  }

  public String getActor() { return actor; }
  public void setActor(String v) { this.actor = limit(v); }
  public String getAction() { return action; }
  public void setAction(String v) { this.action = limit(v); }
  public String getSubject() { return subject; }
  public void setSubject(String v) { this.subject = limit(v); }
  public String getFrom() { return from; }
  public void setFrom(String v) { this.from = limit(v); }
  public String getTo() { return to; }
  public void setTo(String v) { this.to = limit(v); }
  public int getPage() { return page; }
  public void setPage(int page) { this.page = Math.max(0, Math.min(page, 100_000)); }

  private static String limit(String v) {
    return v == null ? null : v.length() > 200 ? v.substring(0, 200) : v;
  }
}
