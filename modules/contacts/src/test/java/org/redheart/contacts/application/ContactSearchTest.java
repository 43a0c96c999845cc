package org.redheart.contacts.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redheart.contacts.api.ContactKind;
import org.redheart.contacts.api.ContactQuery;

class ContactSearchTest {

  @Test
  void leavesOutMergedContactsEvenWithoutFilters() {
    List<Object> params = new ArrayList<>();
    assertThat(ContactSearch.where(ContactQuery.all(), params)).isEqualTo("c.merged_into is null");
    assertThat(params).isEmpty();
  }

  @Test
  void matchesTheFoldedTextAsASubstringOfTheSearchColumn() {
    List<Object> params = new ArrayList<>();
    String sql = ContactSearch.where(ContactQuery.text("  RÁHIMA\u200D "), params);
    assertThat(sql).contains("c.search_name like ?1");
    assertThat(params).containsExactly("%rahima%");
    params.clear();
    ContactSearch.where(ContactQuery.text("রহিমা"), params);
    assertThat(params).containsExactly("%রহিমা%");
  }

  @Test
  void filtersThroughIndexedColumnsAndUncorrelatedSubqueriesWithNormalisedValues() {
    List<Object> params = new ArrayList<>();
    String sql = ContactSearch.where(
        new ContactQuery(null, ContactKind.PERSON, "org-1", 4L, "Chittagong", "Bangladesh", " Guest Speaker "), params);
    assertThat(sql).contains("c.kind = ?1").contains("c.id in (select a.person_id from cnt_affiliation a where a.organisation_id = ?2)")
        .contains("c.id in (select k.contact_id from cnt_contact_category k where k.category_id = ?3)")
        .contains("c.district = ?4").contains("c.country_code = ?5").contains("c.id in (select t.contact_id from cnt_tag t where t.tag = ?6)");
    assertThat(params).containsExactly("PERSON", "org-1", 4L, "Chattogram", "BD", "guest speaker");
  }

  @Test
  void matchesNothingForAnUnknownCountry() {
    assertThat(ContactSearch.where(new ContactQuery(null, null, null, null, null, "Atlantis", null), new ArrayList<>()))
        .isNull();
  }
}
