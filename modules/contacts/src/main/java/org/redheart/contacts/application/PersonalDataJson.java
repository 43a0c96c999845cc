package org.redheart.contacts.application;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.redheart.contacts.api.Affiliation;
import org.redheart.contacts.api.Consent;
import org.redheart.contacts.api.ContactDetails;
import org.redheart.contacts.api.ContactHistoryEntry;

/** A contact's data as the JSON document of a GDPR access request: every field, consents, affiliations, history. */
final class PersonalDataJson {
  private PersonalDataJson() {}

  static String of(ContactDetails d, List<ContactHistoryEntry> history, Instant exportedAt) {
    JsonObjectBuilder contact = Json.createObjectBuilder();
    put(contact, "id", d.id());
    put(contact, "kind", d.kind());
    put(contact, "name", d.name());
    contact.add("minor", d.minor());
    put(contact, "guardianConsentOn", d.guardianConsentOn());
    put(contact, "district", d.district());
    put(contact, "countryCode", d.countryCode());
    put(contact, "countryName", d.countryName());
    put(contact, "timeZone", d.timeZone());
    contact.add("languages", array(d.languages()));
    contact.add("emails", array(d.emails()));
    contact.add("phones", array(d.phones()));
    contact.add("tags", array(d.tags()));
    contact.add("categoryIds", array(d.categoryIds()));
    put(contact, "notes", d.notes());
    put(contact, "attendancePreference", d.attendancePreference());
    put(contact, "createdBy", d.createdBy());
    put(contact, "createdAt", d.createdAt());
    put(contact, "updatedAt", d.updatedAt());

    JsonArrayBuilder affiliations = Json.createArrayBuilder();
    for (Affiliation a : d.affiliations()) {
      JsonObjectBuilder o = Json.createObjectBuilder();
      put(o, "organisationId", a.organisationId());
      put(o, "organisationName", a.organisationName());
      put(o, "title", a.title());
      affiliations.add(o);
    }
    JsonArrayBuilder members = Json.createArrayBuilder();
    for (Affiliation a : d.members()) {
      JsonObjectBuilder o = Json.createObjectBuilder();
      put(o, "personId", a.organisationId());
      put(o, "personName", a.organisationName());
      put(o, "title", a.title());
      members.add(o);
    }
    JsonArrayBuilder consents = Json.createArrayBuilder();
    for (Consent c : d.consents()) {
      JsonObjectBuilder o = Json.createObjectBuilder();
      put(o, "purpose", c.purpose());
      o.add("granted", c.granted());
      put(o, "lawfulBasis", c.lawfulBasis());
      put(o, "source", c.source());
      put(o, "recordedAt", c.recordedAt());
      put(o, "recordedBy", c.recordedBy());
      consents.add(o);
    }
    JsonArrayBuilder events = Json.createArrayBuilder();
    for (ContactHistoryEntry h : history) {
      JsonObjectBuilder o = Json.createObjectBuilder();
      put(o, "at", h.at());
      put(o, "actorId", h.actorId());
      put(o, "action", h.action());
      put(o, "details", h.details());
      events.add(o);
    }
    JsonObjectBuilder root = Json.createObjectBuilder()
        .add("exportedAt", exportedAt.toString())
        .add("contact", contact)
        .add("affiliations", affiliations)
        .add("members", members)
        .add("consents", consents)
        .add("history", events);
    StringWriter out = new StringWriter();
    try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
      writer.writeObject(root.build());
    }
    return out.toString();
  }

  private static void put(JsonObjectBuilder b, String key, Object value) {
    if (value == null) {
      b.add(key, JsonValue.NULL);
    } else {
      b.add(key, value.toString());
    }
  }

  private static JsonArrayBuilder array(Collection<?> values) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    values.stream().map(String::valueOf).sorted().forEach(a::add);
    return a;
  }
}
