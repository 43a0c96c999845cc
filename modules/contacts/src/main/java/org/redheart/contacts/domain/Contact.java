package org.redheart.contacts.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.redheart.contacts.api.AttendancePreference;
import org.redheart.contacts.api.ContactKind;

/**
 * A person or an organisation of the directory (the aggregate root; its addresses, phones,
 * affiliations, consents and history are rows of their own that refer to it by id).
 *
 * <p>Lifecycle: created from a {@link ContactForm} (already normalised and checked); changed by
 * {@link #apply}, which names the fields that changed for the history; when merged into another
 * contact it becomes a tombstone ({@link #mergeInto}): the row stays so that ids held elsewhere
 * still resolve, its personal data is gone and {@code mergedInto} points at the survivor; when
 * erased it becomes an anonymous row ({@link #anonymise}) that keeps only kind, country and dates
 * so that the campaign's figures stay right.
 */
@Entity
@Table(name = "cnt_contact")
public class Contact {
  @Id private String id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ContactKind kind;

  private String name;

  @Column(name = "search_name")
  private String searchName;

  @Column(name = "blocking_key")
  private String blockingKey;

  private boolean minor;

  @Column(name = "guardian_consent_at")
  private LocalDate guardianConsentOn;

  private String district;

  @Column(name = "country_code")
  private String countryCode;

  @Column(name = "time_zone")
  private String timeZone;

  private String languages;

  @Enumerated(EnumType.STRING)
  @Column(name = "attendance_preference")
  private AttendancePreference attendancePreference;

  private String notes;

  @Column(name = "merged_into")
  private String mergedInto;

  @Column(name = "import_id")
  private String importId;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  @ElementCollection
  @CollectionTable(name = "cnt_tag", joinColumns = @JoinColumn(name = "contact_id"))
  @Column(name = "tag")
  private Set<String> tags = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "cnt_contact_category", joinColumns = @JoinColumn(name = "contact_id"))
  @Column(name = "category_id")
  private Set<Long> categoryIds = new HashSet<>();

  protected Contact() {}

  public Contact(ContactForm form, String createdBy, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.kind = form.kind();
    this.createdBy = createdBy;
    this.createdAt = now;
    apply(form, now);
  }

  /** Takes the form's values; returns the names of the fields that changed (for the history). */
  public List<String> apply(ContactForm f, Instant now) {
    List<String> changed = new ArrayList<>();
    if (kind != f.kind()) {
      changed.add("kind");
    }
    kind = f.kind();
    if (!Objects.equals(name, f.name())) {
      changed.add("name");
    }
    name = f.name();
    searchName = f.name() == null ? null : Names.fold(f.name());
    blockingKey = Names.blockingKey(f.name());
    if (minor != f.minor() || !Objects.equals(guardianConsentOn, f.guardianConsentOn())) {
      changed.add("minor");
    }
    minor = f.minor();
    guardianConsentOn = f.guardianConsentOn();
    if (!Objects.equals(district, f.district())) {
      changed.add("district");
    }
    district = f.district();
    if (!Objects.equals(countryCode, f.countryCode())) {
      changed.add("country");
    }
    countryCode = f.countryCode();
    if (!Objects.equals(timeZone, f.timeZone())) {
      changed.add("timeZone");
    }
    timeZone = f.timeZone();
    String langs = f.languages().isEmpty() ? null : String.join(",", new TreeSet<>(f.languages()));
    if (!Objects.equals(languages, langs)) {
      changed.add("languages");
    }
    languages = langs;
    if (!Objects.equals(notes, f.notes())) {
      changed.add("notes");
    }
    notes = f.notes();
    if (attendancePreference != f.attendancePreference()) {
      changed.add("attendancePreference");
    }
    attendancePreference = f.attendancePreference();
    if (!tags.equals(f.tags())) {
      changed.add("tags");
      tags.retainAll(f.tags());
      tags.addAll(f.tags());
    }
    if (!categoryIds.equals(f.categoryIds())) {
      changed.add("categories");
      categoryIds.retainAll(f.categoryIds());
      categoryIds.addAll(f.categoryIds());
    }
    updatedAt = now;
    return changed;
  }

  /** Takes the merged contact's tags and categories, and fills what this one lacks. */
  public void absorb(Contact merged, Instant now) {
    tags.addAll(merged.tags);
    categoryIds.addAll(merged.categoryIds);
    if (district == null) {
      district = merged.district;
    }
    if (countryCode == null) {
      countryCode = merged.countryCode;
      timeZone = timeZone == null ? merged.timeZone : timeZone;
    }
    if (timeZone == null) {
      timeZone = merged.timeZone;
    }
    if (languages == null) {
      languages = merged.languages;
    } else if (merged.languages != null) {
      Set<String> all = new TreeSet<>(Arrays.asList(languages.split(",")));
      all.addAll(Arrays.asList(merged.languages.split(",")));
      languages = String.join(",", all);
    }
    if (attendancePreference == null) {
      attendancePreference = merged.attendancePreference;
    }
    if (merged.notes != null) {
      String joined = notes == null ? merged.notes : notes + "\n\n" + merged.notes;
      notes = joined.length() > 4000 ? joined.substring(0, 4000) : joined;
    }
    updatedAt = now;
  }

  /** Becomes a tombstone pointing at the survivor: the personal data now lives there. */
  public void mergeInto(String survivorId, Instant now) {
    mergedInto = survivorId;
    clearPersonalData();
    categoryIds.clear();
    updatedAt = now;
  }

  /** Erasure: nothing left that identifies anyone; kind, categories, country and dates stay for the figures. */
  public void anonymise(Instant now) {
    clearPersonalData();
    timeZone = null;
    updatedAt = now;
  }

  private void clearPersonalData() {
    name = null;
    searchName = null;
    blockingKey = null;
    notes = null;
    district = null;
    importId = null;
    tags.clear();
  }

  public String id() {
    return id;
  }

  public ContactKind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  public String blockingKey() {
    return blockingKey;
  }

  public boolean minor() {
    return minor;
  }

  public LocalDate guardianConsentOn() {
    return guardianConsentOn;
  }

  public String district() {
    return district;
  }

  public String countryCode() {
    return countryCode;
  }

  public String timeZone() {
    return timeZone;
  }

  public Set<String> languages() {
    return languages == null ? Set.of() : Set.of(languages.split(","));
  }

  public AttendancePreference attendancePreference() {
    return attendancePreference;
  }

  public String notes() {
    return notes;
  }

  public String mergedInto() {
    return mergedInto;
  }

  public boolean isTombstone() {
    return mergedInto != null;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }

  public Set<String> tags() {
    return Set.copyOf(tags);
  }

  public Set<Long> categoryIds() {
    return Set.copyOf(categoryIds);
  }
}
