package org.redheart.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.Set;
import org.redheart.contacts.api.ContactSummary;
import org.redheart.contacts.api.Contacts;
import org.redheart.platform.api.ErasedPerson;
import org.redheart.platform.api.ErasureParticipant;

/**
 * Erasure in approved results reports: the person's name (from the contacts module, as it is when this
 * participant runs) is replaced by "[erased]" in every approved report that mentions it (speakers, action
 * plan owners), each change recorded as a redaction with the hashes before and after — never a silent edit.
 */
@ApplicationScoped
@Transactional
public class ReportsErasure implements ErasureParticipant {
  @Inject DefaultResultsReports reports;
  @Inject Contacts contacts;

  @Override
  public String name() {
    return "reporting.reports";
  }

  @Override
  public int erase(ErasedPerson person) {
    // the name as it was before erasure (read by the contacts module before any participant ran);
    // the contact's summary only as a fallback, since it may already be anonymised
    Set<String> names = new HashSet<>(person.names());
    ContactSummary contact = contacts.summaries(Set.of(person.personId())).get(person.personId());
    if (contact != null && contact.name() != null && !contact.name().isBlank()) {
      names.add(contact.name());
    }
    if (names.isEmpty()) {
      return 0;
    }
    int count = 0;
    for (String reportId : reports.approvedIds()) {
      count += reports.redact(reportId, names, "erasure of a person");
    }
    return count;
  }
}
