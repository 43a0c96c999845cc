package org.redheart.materials.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.redheart.materials.api.ConcernInput;
import org.redheart.materials.api.ConcernKind;
import org.redheart.materials.api.ConcernSubject;
import org.redheart.materials.api.ReferralInput;
import org.redheart.materials.api.ReferralTarget;
import org.redheart.platform.api.InvalidInput;
import org.redheart.safeguarding.api.Category;
import org.redheart.safeguarding.api.CheckInput;
import org.redheart.safeguarding.api.Finding;

/**
 * What a concern, its referral and its outcome must hold: required fields, length limits, and no
 * detail of a child. Every free text (summary, referral note, outcome) passes the safeguarding check
 * and is refused, naming its field, when the check finds a phone number, an e-mail or street address,
 * an identified minor, a school name or a disclosure. A disclosure is recorded only at a meeting.
 */
public final class ConcernRules {
  public static final int SUMMARY_MAX = 1000;
  public static final int NOTE_MAX = 1000;
  public static final int OUTCOME_MAX = 1000;
  public static final int ORGANISATION_MAX = 200;
  public static final int REFERENCE_MAX = 100;
  public static final int TITLE_MAX = 300;

  /** The categories that mean a text holds a detail of a child (or of where to find one). */
  public static final Set<Category> CHILD_DETAILS = Set.of(Category.PHONE, Category.EMAIL, Category.STREET_ADDRESS,
      Category.MINOR_IDENTIFIED, Category.SCHOOL_NAME, Category.DISCLOSURE);

  /** A checked concern as it is raised. */
  public record Raised(ConcernSubject subject, String subjectId, ConcernKind kind, String summary) {}

  /** A checked referral. */
  public record Referral(ReferralTarget target, String organisation, String reference, LocalDate referredOn, String note) {}

  private final Function<CheckInput, List<Finding>> check;

  /** {@code check} is the safeguarding check (SafeguardingCheck::check). */
  public ConcernRules(Function<CheckInput, List<Finding>> check) {
    this.check = check;
  }

  public Raised raised(ConcernInput input) {
    if (input == null) {
      throw new InvalidInput("subject", "a JSON object {\"subject\", \"subjectId\", \"kind\", \"summary\"} is required");
    }
    InvalidInput.Collector errors = new InvalidInput.Collector();
    if (input.subject() == null) {
      errors.add("subject", "is required: MATERIAL or MEETING");
    }
    String subjectId = strip(input.subjectId());
    if (subjectId == null) {
      errors.add("subjectId", "is required");
    } else if (subjectId.length() > 36) {
      errors.add("subjectId", "is not an id (at most 36 characters)");
    }
    if (input.kind() == null) {
      errors.add("kind", "is required: CONTENT_CONCERN or DISCLOSURE");
    } else if (input.kind() == ConcernKind.DISCLOSURE && input.subject() == ConcernSubject.MATERIAL) {
      errors.add("kind", "a disclosure is recorded at a meeting, not on a material");
    }
    String summary = text("summary", input.summary(), SUMMARY_MAX, true, errors);
    errors.throwIfAny();
    return new Raised(input.subject(), subjectId, input.kind(), summary);
  }

  public Referral referral(ReferralInput input, LocalDate today) {
    if (input == null) {
      throw new InvalidInput("target", "a JSON object {\"target\", \"organisation\", \"reference\", \"referredOn\", \"note\"} is required");
    }
    InvalidInput.Collector errors = new InvalidInput.Collector();
    ReferralTarget target = input.target();
    if (target == null) {
      errors.add("target", "is required: CHILD_HELPLINE_1098, POLICE, PARTNER_ORGANISATION or NOT_REFERRED");
    }
    String organisation = strip(input.organisation());
    if (target == ReferralTarget.PARTNER_ORGANISATION && organisation == null) {
      errors.add("organisation", "is required for a partner organisation");
    } else if (organisation != null && organisation.length() > ORGANISATION_MAX) {
      errors.add("organisation", "is at most " + ORGANISATION_MAX + " characters");
    }
    String reference = strip(input.reference());
    if (reference != null && reference.length() > REFERENCE_MAX) {
      errors.add("reference", "is at most " + REFERENCE_MAX + " characters (the case or call number the receiver gave)");
    }
    LocalDate on = input.referredOn();
    if (target != null && target != ReferralTarget.NOT_REFERRED && on == null) {
      errors.add("referredOn", "is required: the day the concern was referred");
    } else if (on != null && on.isAfter(today)) {
      errors.add("referredOn", "cannot be in the future");
    }
    String note = text("note", input.note(), NOTE_MAX, target == ReferralTarget.NOT_REFERRED, errors);
    errors.throwIfAny();
    return new Referral(target, organisation, reference, on, note);
  }

  public String outcome(String outcome) {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    String checked = text("outcome", outcome, OUTCOME_MAX, true, errors);
    errors.throwIfAny();
    return checked;
  }

  /** The subject's title as kept with the concern (cut to fit). */
  public static String title(String title) {
    String t = strip(title);
    if (t == null) {
      return "—";
    }
    return t.length() <= TITLE_MAX ? t : t.substring(0, TITLE_MAX - 1) + "…";
  }

  private String text(String field, String value, int max, boolean required, InvalidInput.Collector errors) {
    String t = strip(value);
    if (t == null) {
      if (required) {
        errors.add(field, "is required");
      }
      return null;
    }
    if (t.length() > max) {
      errors.add(field, "is at most " + max + " characters");
      return t;
    }
    Set<String> found = new LinkedHashSet<>();
    for (Finding f : check.apply(CheckInput.ofText(t))) {
      if (CHILD_DETAILS.contains(f.category())) {
        found.add(describe(f.category()));
      }
    }
    if (!found.isEmpty()) {
      errors.add(field, "write no detail of the child here: it holds " + String.join(", ", found)
          + ". Say what is wrong in general terms; the details go only to the helpline, the police or the partner.");
    }
    return t;
  }

  static String describe(Category category) {
    return switch (category) {
      case PHONE -> "a phone number";
      case EMAIL -> "an e-mail address";
      case STREET_ADDRESS -> "a street address";
      case MINOR_IDENTIFIED -> "a child who can be identified (an age or class next to a name)";
      case SCHOOL_NAME -> "a school's name";
      case DISCLOSURE -> "the details of a disclosure";
      default -> category.name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static String strip(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }
}
