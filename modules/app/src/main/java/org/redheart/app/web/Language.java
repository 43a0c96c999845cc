package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The reader's language: English or Bangla, chosen with the switch in the header and kept in a
 * cookie (so public pages need no session). Defaults to the browser's preference.
 */
@Named
@RequestScoped
public class Language {
  public static final String COOKIE = "lang";
  public static final Locale BANGLA = Locale.forLanguageTag("bn-BD");

  @Inject HttpServletRequest request;

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      locale = resolve(request);
    }
    return locale;
  }

  public String getCode() {
    return getLocale().getLanguage();
  }

  public boolean isBangla() {
    return "bn".equals(getCode());
  }

  static Locale resolve(HttpServletRequest request) {
    if (request.getCookies() != null) {
      for (Cookie c : request.getCookies()) {
        if (COOKIE.equals(c.getName())) {
          return "bn".equals(c.getValue()) ? BANGLA : Locale.ENGLISH;
        }
      }
    }
    Locale preferred = request.getLocale();
    return preferred != null && "bn".equals(preferred.getLanguage()) ? BANGLA : Locale.ENGLISH;
  }
}
