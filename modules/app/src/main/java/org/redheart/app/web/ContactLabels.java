package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.redheart.contacts.api.ContactKind;
import org.redheart.contacts.api.ContactSummary;
import org.redheart.contacts.api.StakeholderCategories;
import org.redheart.contacts.api.StakeholderCategory;

/**
 * What the contact pages show beside the records: category names in the reader's language, the
 * country list of the country fields, and the stand-in for a child recorded without a name.
 */
@Named
@RequestScoped
public class ContactLabels {
  /** The interface languages a contact can read. */
  public static final List<String> LANGUAGES = List.of("en", "bn");

  @Inject StakeholderCategories categories;
  @Inject Language language;

  private Map<Long, StakeholderCategory> byId;
  private List<Country> countries;

  /** A country for a select or a datalist: its ISO code and its name in the reader's language. */
  public record Country(String code, String name) {}

  public List<StakeholderCategory> getCategories() {
    return List.copyOf(byId().values());
  }

  public String categoryName(StakeholderCategory c) {
    return c == null ? "" : c.name(language.getCode());
  }

  public String categoryNameOf(Long id) {
    StakeholderCategory c = id == null ? null : byId().get(id);
    return c == null ? "" : categoryName(c);
  }

  /** The names of the given categories, in the categories' display order, comma separated. */
  public String categoryNames(Collection<Long> ids) {
    if (ids == null || ids.isEmpty()) {
      return "";
    }
    return byId().values().stream().filter(c -> ids.contains(c.id())).map(this::categoryName)
        .collect(Collectors.joining(", "));
  }

  /** A contact's name as lists show it: children recorded without a guardian's consent have none. */
  public String name(ContactSummary c) {
    if (c == null) {
      return "";
    }
    return displayName(c.name(), c.minor());
  }

  public String displayName(String name, boolean minor) {
    if (name == null || name.isBlank()) {
      return Pages.text(minor ? "contacts.childNoName" : "contacts.noName");
    }
    return name;
  }

  public String kind(ContactKind kind) {
    return kind == null ? "" : Pages.text("contactKind." + kind.name());
  }

  /** "Dhaka, Bangladesh", or whichever of the two is known. */
  public String place(String district, String countryCode, String countryName) {
    String country = countryName(countryCode, countryName);
    List<String> parts = new ArrayList<>();
    if (district != null && !district.isBlank()) {
      parts.add(district);
    }
    if (!country.isBlank()) {
      parts.add(country);
    }
    return String.join(", ", parts);
  }

  public String place(ContactSummary c) {
    return c == null ? "" : place(c.district(), c.countryCode(), c.countryName());
  }

  /** The country's name in the reader's language, from the JDK's locale data. */
  public String countryName(String code, String englishName) {
    if (code == null || code.isBlank()) {
      return englishName == null ? "" : englishName;
    }
    String name = new Locale("", code).getDisplayCountry(language.isBangla() ? Language.BANGLA : Locale.ENGLISH);
    return name == null || name.isBlank() || name.equals(code) ? Objects.toString(englishName, code) : name;
  }

  /** Every ISO country, named in the reader's language, sorted by that name. */
  public List<Country> getCountries() {
    if (countries != null) {
      return countries;
    }
    Locale locale = language.isBangla() ? Language.BANGLA : Locale.ENGLISH;
    Collator collator = Collator.getInstance(locale);
    List<Country> out = new ArrayList<>();
    for (String code : Locale.getISOCountries()) {
      out.add(new Country(code, new Locale("", code).getDisplayCountry(locale)));
    }
    out.sort(Comparator.comparing(Country::name, collator));
    countries = out;
    return out;
  }

  public String join(Collection<String> items) {
    return items == null ? "" : String.join(", ", items);
  }

  public List<String> getLanguages() {
    return LANGUAGES;
  }

  public String languageName(String code) {
    return Pages.text("language." + code);
  }

  public String languageNames(Set<String> codes) {
    if (codes == null || codes.isEmpty()) {
      return "";
    }
    return LANGUAGES.stream().filter(codes::contains).map(this::languageName).collect(Collectors.joining(", "));
  }

  private Map<Long, StakeholderCategory> byId() {
    if (byId == null) {
      byId = new LinkedHashMap<>();
      categories.all().forEach(c -> byId.put(c.id(), c));
    }
    return byId;
  }
}
