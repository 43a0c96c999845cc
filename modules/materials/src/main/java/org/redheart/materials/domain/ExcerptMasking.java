package org.redheart.materials.domain;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.redheart.safeguarding.api.Category;

/**
 * A second mask over the check's excerpts before they are stored: the check masks the match itself
 * and the names the caller gave, but a child's name it recognised by its capital letter ("Rina is
 * a 12-year-old girl") stays in the context around the match. For findings about a person (an
 * identified minor, a disclosure, sexualising words) every capitalised word of the excerpt keeps
 * only its first letter, so no stored excerpt names the child; the reviewer reads the full text in
 * the version itself.
 */
public final class ExcerptMasking {
  private static final Set<Category> ABOUT_A_PERSON =
      EnumSet.of(Category.MINOR_IDENTIFIED, Category.DISCLOSURE, Category.SEXUALISING);
  private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{M}])\\p{Lu}[\\p{L}\\p{M}'’\\-]+");

  private ExcerptMasking() {}

  public static String mask(Category category, String excerpt) {
    if (!ABOUT_A_PERSON.contains(category)) {
      return excerpt;
    }
    Matcher m = CAPITALISED.matcher(excerpt);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String word = m.group();
      StringBuilder masked = new StringBuilder().append(word.charAt(0));
      for (int i = 1; i < word.length(); i++) {
        masked.append(Character.isLetterOrDigit(word.charAt(i)) ? '•' : word.charAt(i));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(masked.toString()));
    }
    m.appendTail(out);
    return out.toString();
  }
}
