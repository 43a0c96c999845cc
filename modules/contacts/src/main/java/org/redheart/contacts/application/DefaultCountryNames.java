package org.redheart.contacts.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.redheart.contacts.api.CountryNames;
import org.redheart.contacts.domain.Countries;

@ApplicationScoped
public class DefaultCountryNames implements CountryNames {

  @Override
  public Optional<String> codeOf(String countryOrPlace) {
    return Countries.codeOfPlace(countryOrPlace);
  }

  @Override
  public String name(String code, String language) {
    return "bn".equals(language) ? Countries.nameBn(code) : Countries.name(code);
  }
}
