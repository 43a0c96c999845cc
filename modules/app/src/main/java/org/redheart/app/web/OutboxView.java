package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.redheart.app.security.CurrentUser;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.MailStatus;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.OutboxAdmin;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/**
 * Admin: the mail outbox. A paginated list filtered by status, one mail as it would be sent (its
 * HTML shown as escaped source: the CSP allows no inline styles and a mail's HTML is not ours to
 * run), "retry now" for failed mail, and a form that enqueues test mails.
 */
@Named
@RequestScoped
public class OutboxView {
  @Inject OutboxAdmin outbox;
  @Inject CurrentUser currentUser;
  @Inject Language language;

  private int page;
  private String status;
  private String id;
  private Page<OutboxAdmin.Entry> result;
  private OutboxAdmin.Mail mail;
  private String to;
  private String count = "1";

  public Page<OutboxAdmin.Entry> getResult() {
    requireAdmin();
    if (result == null) {
      result = outbox.list(statusFilter(), new PageRequest(page, 25));
    }
    return result;
  }

  public OutboxAdmin.Mail getMail() {
    requireAdmin();
    if (mail == null && id != null) {
      try {
        mail = outbox.get(id);
      } catch (NotFound e) {
        Pages.notFound();
      }
    }
    return mail;
  }

  public OutboxAdmin.QueueState getState() {
    requireAdmin();
    return outbox.state();
  }

  public MailStatus[] getStatuses() {
    return MailStatus.values();
  }

  public List<Map.Entry<String, String>> getHeaders() {
    OutboxAdmin.Mail m = getMail();
    return m == null ? List.of() : List.copyOf(m.headers().entrySet());
  }

  public String getPagerBase() {
    return "/admin/outbox.xhtml?" + (statusFilter() == null ? "" : "status=" + statusFilter().name() + "&");
  }

  public void retry() {
    requireAdmin();
    String mailId = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("mailId");
    try {
      outbox.retryNow(mailId);
      Pages.info("outbox.retried");
      Pages.redirect("/admin/outbox.xhtml?id=" + java.net.URLEncoder.encode(mailId, java.nio.charset.StandardCharsets.UTF_8));
    } catch (Conflict | NotFound e) {
      Pages.error(e.getMessage());
    }
  }

  public void sendTest() {
    requireAdmin();
    Integer n;
    try {
      n = Formats.parseInteger(count);
    } catch (NumberFormatException e) {
      n = null;
    }
    try {
      if (n == null) {
        throw new InvalidInput("count", Pages.text("outbox.countInvalid"));
      }
      List<String> ids = outbox.sendTest(to, n, language.isBangla() ? "bn" : "en", currentUser.getUser().displayName());
      Pages.info("outbox.testQueued", ids.size());
      Pages.redirect("/admin/outbox.xhtml");
    } catch (InvalidInput e) {
      Pages.fieldErrors(e, Map.of("recipient", "testMail:to", "count", "testMail:count"));
    }
  }

  private MailStatus statusFilter() {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return MailStatus.valueOf(status);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private void requireAdmin() {
    if (!currentUser.isAdmin()) {
      throw new Forbidden("admins only");
    }
  }

  public int getPage() { return page; }
  public void setPage(int page) { this.page = Math.max(0, page); }
  public String getStatus() { return status; }
  public void setStatus(String status) { this.status = status; }
  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
  public String getTo() { return to; }
  public void setTo(String to) { this.to = to; }
  public String getCount() { return count; }
  public void setCount(String count) { this.count = count; }
}
