package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.redheart.contacts.api.ConsentPurpose;
import org.redheart.contacts.api.ContactSummary;
import org.redheart.contacts.api.Contacts;
import org.redheart.meetings.domain.ActionPlan;
import org.redheart.meetings.domain.FindingsRules;
import org.redheart.meetings.domain.Meeting;
import org.redheart.platform.api.MailPurpose;
import org.redheart.platform.api.Outbox;
import org.redheart.platform.api.OutgoingMail;
import org.redheart.platform.api.UserSummary;
import org.redheart.platform.api.Users;

/**
 * What an action plan's process does: when its next reminder is due, and the reminder itself — a
 * mail to the owner through the outbox when the owner has an address and may be contacted about
 * meetings, else a notice to the meeting's organiser (so that someone chases the action).
 */
@ApplicationScoped
@Transactional
public class ActionPlanReminders {
  private static final Logger LOG = Logger.getLogger(ActionPlanReminders.class.getName());
  public static final String OWNER_TEMPLATE = "meetings-action-reminder";
  public static final String ORGANISER_TEMPLATE = "meetings-action-notice";

  /** Who was reminded. */
  public enum Reminded { OWNER, ORGANISER, NOBODY, NOT_DUE, CLOSED }

  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Inject Contacts contacts;
  @Inject Outbox outbox;
  @Inject Users users;

  Clock clock = Clock.systemUTC();

  public boolean isOpen(String planId) {
    ActionPlan plan = em.find(ActionPlan.class, planId);
    return plan != null && plan.open();
  }

  /** When the plan's next reminder is due (its due date at 09:00 in the meeting's zone, then weekly). */
  public Instant nextReminder(String planId) {
    ActionPlan plan = em.find(ActionPlan.class, planId);
    Instant now = clock.instant();
    if (plan == null || plan.dueOn() == null) {
      return now.plus(java.time.Duration.ofDays(7));
    }
    Meeting meeting = em.find(Meeting.class, plan.meetingId());
    return FindingsRules.nextReminder(plan.dueOn(), meeting.startsAt().getZone(), plan.lastRemindedAt(), now);
  }

  public Reminded remind(String planId) {
    ActionPlan plan = em.find(ActionPlan.class, planId);
    if (plan == null || !plan.open()) {
      return Reminded.CLOSED;
    }
    Meeting meeting = em.find(Meeting.class, plan.meetingId());
    Instant now = clock.instant();
    if (plan.dueOn() != null && FindingsRules.firstReminder(plan.dueOn(), meeting.startsAt().getZone()).isAfter(now)) {
      return Reminded.NOT_DUE; // the due date moved later since the timer was set
    }
    String title = meeting.toSummary().title();
    String meetingDate = meeting.startsAt().toLocalDate().toString();
    String due = plan.dueOn() == null ? "" : plan.dueOn().toString();
    ContactSummary owner = plan.ownerContactRef() == null ? null
        : contacts.summaries(List.of(plan.ownerContactRef())).get(plan.ownerContactRef());
    Reminded result;
    if (owner != null && owner.primaryEmail() != null && contacts.mayContact(plan.ownerContactRef(), ConsentPurpose.MEETING_INVITATIONS)) {
      Map<String, Object> model = new HashMap<>();
      model.put("name", owner.name() == null ? "" : owner.name());
      model.put("action", plan.action());
      model.put("meetingTitle", title);
      model.put("meetingDate", meetingDate);
      model.put("dueOn", due);
      model.put("unsubscribeLink", baseUrl() + "/public/unsubscribe.xhtml?t="
          + contacts.unsubscribeToken(owner.id(), ConsentPurpose.MEETING_INVITATIONS));
      String language = "BD".equals(owner.countryCode()) ? "bn" : "en";
      outbox.enqueue(new OutgoingMail(owner.primaryEmail(), language, OWNER_TEMPLATE, model,
          MailPurpose.MEETING_INVITATIONS, List.of(), Map.of(), owner.id()));
      result = Reminded.OWNER;
    } else {
      UserSummary organiser = users.get(meeting.organiserId());
      if (organiser.email() == null || organiser.email().isBlank()) {
        LOG.warning("Action plan " + planId + " is due and neither its owner nor the meeting's organiser can be mailed");
        result = Reminded.NOBODY;
      } else {
        Map<String, Object> model = new HashMap<>();
        model.put("displayName", organiser.displayName());
        model.put("action", plan.action());
        model.put("owner", owner == null || owner.name() == null ? (plan.ownerName() == null ? "" : plan.ownerName()) : owner.name());
        model.put("meetingTitle", title);
        model.put("meetingDate", meetingDate);
        model.put("dueOn", due);
        model.put("link", baseUrl() + "/meetings/actions.xhtml?campaignId=" + plan.campaignId());
        outbox.enqueue(new OutgoingMail(organiser.email(), "bn".equals(organiser.language()) ? "bn" : "en",
            ORGANISER_TEMPLATE, model, MailPurpose.STAFF_NOTICE, List.of(), Map.of(), organiser.id()));
        result = Reminded.ORGANISER;
      }
    }
    plan.reminded(now);
    return result;
  }

  static String baseUrl() {
    String configured = ConfigProvider.getConfig().getOptionalValue("redheart.public-base-url", String.class)
        .orElse("http://localhost:8080");
    return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
  }

}
