package org.redheart.safeguarding.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.redheart.safeguarding.api.Category;
import org.redheart.safeguarding.api.CheckInput;
import org.redheart.safeguarding.api.Finding;
import org.redheart.safeguarding.api.ImageMetadata;
import org.redheart.safeguarding.api.SafeguardingRules;
import org.redheart.safeguarding.api.Severity;

/** The rule-based check. Patterns are compiled once; a check call keeps no state. */
public final class RuleBasedChecker {
  private static final String NB = "(?<![\\p{L}\\p{M}\\p{N}])";
  private static final String NA = "(?![\\p{L}\\p{M}\\p{N}])";

  private final SafeguardingRules rules;
  private final Pattern phoneCandidate;
  private final List<Pattern> phoneValid = new ArrayList<>();
  private final List<Pattern> emails = new ArrayList<>();
  private final List<Pattern> addresses = new ArrayList<>();
  private final List<Pattern> ages = new ArrayList<>();
  private final Set<String> notNames;
  private final Set<String> schoolGenericEn;
  private final Set<String> schoolGenericBn;
  private final Set<String> genericEn;
  private final Set<String> genericBn;
  private final Pattern pronounsEn;
  private final Pattern pronounsBn;
  private final Pattern firstPersonBn;
  private final Pattern abuseBn;
  private final int maxAge;
  private final String abuseEnAlt;
  private final Pattern schoolEn;
  private final Pattern schoolBn;
  private final Pattern sexualisingEn;
  private final Pattern sexualisingBn;
  private final Pattern childTerms;
  private final Pattern prevention;
  private final Pattern capitalised = Pattern.compile("\\b[A-Z][a-z]{1,20}\\b");
  private final Pattern sentenceEnd = Pattern.compile("[.!?।\\n]+(?=\\s|$)|\\n");

  public RuleBasedChecker(SafeguardingRules rules) {
    this.rules = rules;
    this.phoneCandidate = Pattern.compile(rules.pattern("PHONE.candidate"));
    rules.patterns("PHONE.valid").values().forEach(p -> phoneValid.add(Pattern.compile(p)));
    rules.patterns("EMAIL").values().forEach(p -> emails.add(Pattern.compile(p)));
    rules.patterns("STREET_ADDRESS").values().forEach(p -> addresses.add(compileBn(p)));
    rules.patterns("MINOR_IDENTIFIED.age.").values().forEach(p -> ages.add(compileBn(p)));
    this.notNames = Set.copyOf(rules.list("en", "not-names"));
    this.schoolGenericEn = Set.copyOf(rules.list("en", "school-generic"));
    this.schoolGenericBn = Set.copyOf(rules.list("bn", "school-generic"));
    this.genericEn = rules.list("en", "generic-groups").stream().map(s -> s.toLowerCase(Locale.ROOT))
        .collect(Collectors.toSet());
    this.genericBn = Set.copyOf(rules.list("bn", "generic-groups"));
    this.pronounsEn = words(rules.list("en", "pronouns"), true);
    this.pronounsBn = words(rules.list("bn", "pronouns"), false);
    this.firstPersonBn = words(rules.list("bn", "first-person"), false);
    this.abuseBn = prefixWords(rules.list("bn", "abuse-verbs"));
    this.maxAge = Integer.parseInt(rules.pattern("MINOR_IDENTIFIED.max-age"));
    this.abuseEnAlt = alternation(rules.list("en", "abuse-verbs"));
    this.schoolEn = Pattern.compile("((?:[A-Z][\\w'.&-]*\\s+){1,5})(?:"
        + alternation(rules.list("en", "school-words")) + ")" + NA);
    this.schoolBn = Pattern.compile("([\\p{IsBengali}\\-]+)\\s+(?:(?:" + alternation(rules.list("bn", "school-types"))
        + ")\\s+)*(?:"
        + alternation(rules.list("bn", "school-words")) + ")");
    this.sexualisingEn = words(rules.list("en", "sexualising"), true);
    this.sexualisingBn = words(rules.list("bn", "sexualising"), false);
    List<String> child = new ArrayList<>(rules.list("en", "child-terms"));
    child.addAll(rules.list("bn", "child-terms"));
    this.childTerms = prefixWords(child);
    List<String> prev = new ArrayList<>(rules.list("en", "prevention"));
    prev.addAll(rules.list("bn", "prevention"));
    this.prevention = prefixWords(prev);
  }

  public List<Finding> check(CheckInput input) {
    String original = input.text();
    String text = normaliseDigits(original);
    Set<String> names = input.sensitiveNames().stream().filter(n -> !n.isBlank()).collect(Collectors.toSet());
    Pattern namePattern = names.isEmpty() ? null : prefixWords(List.copyOf(names));
    List<int[]> sentences = sentences(text);
    List<Finding> out = new ArrayList<>();
    List<int[]> allowed = allowedSpans(text);

    // phones
    Matcher m = phoneCandidate.matcher(text);
    while (m.find()) {
      String digits = m.group().replaceAll("\\D", "");
      if (phoneValid.stream().anyMatch(p -> p.matcher(digits).matches())
          && !rules.allowList().contains(digits)) {
        add(out, allowed, original, names, Category.PHONE, Severity.MEDIUM, m.start(), m.end());
      }
    }
    for (Pattern p : emails) {
      find(p, text, (s, e) -> add(out, allowed, original, names, Category.EMAIL, Severity.LOW, s, e));
    }
    for (Pattern p : addresses) {
      find(p, text, (s, e) -> add(out, allowed, original, names, Category.STREET_ADDRESS, Severity.MEDIUM, s, e));
    }
    minors(text, sentences, namePattern, out, allowed, original, names);
    schools(text, out, allowed, original, names);
    disclosures(text, sentences, namePattern, out, allowed, original, names);
    sexualising(text, sentences, namePattern, out, allowed, original, names);
    for (ImageMetadata image : input.images()) {
      image(image, out);
    }
    out.sort(Comparator.comparingInt(Finding::start).thenComparing(Finding::category));
    return dedupe(out);
  }

  // ---- minors ----
  private void minors(String text, List<int[]> sentences, Pattern namePattern, List<Finding> out,
      List<int[]> allowed, String original, Set<String> names) {
    for (Pattern p : ages) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        int[] s = sentenceOf(sentences, m.start());
        Matcher number = Pattern.compile("\\d+").matcher(m.group());
        if (number.find() && Integer.parseInt(number.group()) > maxAge) {
          continue;
        }
        boolean namedJustBefore = namePattern != null
            && namePattern.matcher(text.substring(Math.max(s[0], m.start() - 25), m.start())).find();
        if (!namedJustBefore && isGeneral(text, s, m.start(), m.end())) {
          continue;
        }
        int[] next = nextSentence(sentences, s);
        String sentence = text.substring(s[0], s[1]);
        String wider = text.substring(s[0], next[1]);
        boolean person = (namePattern != null && namePattern.matcher(wider).find())
            || pronounsEn.matcher(wider).find() || pronounsBn.matcher(wider).find()
            || hasCapitalisedName(sentence, m.start() - s[0], m.end() - s[0])
            || bnNameBeforeComma(text.substring(s[0], m.start()));
        if (person) {
          add(out, allowed, original, names, Category.MINOR_IDENTIFIED, Severity.HIGH, m.start(), m.end());
        }
      }
    }
  }

  private boolean isGeneral(String text, int[] s, int start, int end) {
    List<String> before = wordsOf(text.substring(Math.max(s[0], start - 40), start));
    List<String> after = wordsOf(text.substring(end, Math.min(s[1], end + 30)));
    List<String> near = new ArrayList<>(before.subList(Math.max(0, before.size() - 3), before.size()));
    near.addAll(after.subList(0, Math.min(2, after.size())));
    for (int i = 0; i < near.size(); i++) {
      String w = near.get(i).toLowerCase(Locale.ROOT);
      String two = i + 1 < near.size() ? w + " " + near.get(i + 1).toLowerCase(Locale.ROOT) : "";
      String three = i + 2 < near.size() ? two + " " + near.get(i + 2).toLowerCase(Locale.ROOT) : "";
      if (genericEn.contains(w) || genericEn.contains(two) || genericEn.contains(three)
          || isGenericBn(near.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** "তানভীর, বয়স ১০": a Bangla word and a comma right before the age. */
  private boolean bnNameBeforeComma(String before) {
    Matcher w = BN_WORD_COMMA.matcher(before);
    return w.find() && !isGenericBn(w.group(1)) && !schoolGenericBn.contains(w.group(1));
  }

  private static final Pattern BN_WORD_COMMA = Pattern.compile("([\\p{IsBengali}]+),\\s*$");

  private boolean isGenericBn(String word) {
    for (String g : genericBn) {
      if (word.equals(g) || (g.length() >= 3 && word.startsWith(g))) {
        return true;
      }
    }
    return false;
  }

  private boolean hasCapitalisedName(String sentence, int matchStart, int matchEnd) {
    Matcher c = capitalised.matcher(sentence);
    while (c.find()) {
      if (c.start() >= matchStart && c.start() < matchEnd) {
        continue;
      }
      String w = c.group();
      if (notNames.contains(w)) {
        continue;
      }
      // a sentence's first word is capitalised anyway: a name only if it goes on like one ("Rina, ...", "Rina is")
      if (sentence.substring(0, c.start()).isBlank()
          && !sentence.substring(c.end()).matches("(?s)^(?:\\s*[,(]|\\s+(?:is|was|has|had|told|said|lives|lived|goes|went|works|worked|says|and)\\b).*")) {
        continue;
      }
      // part of an institution or place made of several capitalised words ("East West University")
      String rest = sentence.substring(c.end());
      if (rest.matches("(?s)^\\s+(?:[A-Z][a-z]+\\s+){0,3}(?:University|School|College|Centre|Center|Road|Street|"
          + "District|Division|Upazila|Union|Hospital|Foundation|Trust|Society|Ministry|Department)\\b.*")) {
        continue;
      }
      return true;
    }
    return false;
  }

  // ---- schools ----
  private void schools(String text, List<Finding> out, List<int[]> allowed, String original, Set<String> names) {
    Matcher m = schoolEn.matcher(text);
    while (m.find()) {
      String[] lead = m.group(1).trim().split("\\s+");
      int offset = m.start(1);
      int start = -1;
      int pos = offset;
      for (String w : lead) {
        int at = text.indexOf(w, pos);
        pos = at + w.length();
        if (start < 0 && !schoolGenericEn.contains(w) && !notNamesExceptPlaces(w)) {
          start = at;
        }
      }
      if (start >= 0) {
        add(out, allowed, original, names, Category.SCHOOL_NAME, Severity.MEDIUM, start, m.end());
      }
    }
    Matcher b = schoolBn.matcher(text);
    while (b.find()) {
      String prev = b.group(1);
      if (schoolGenericBn.contains(prev) || isGenericBn(prev) || pronounsBn.matcher(prev).matches()
          || firstPersonBn.matcher(prev).matches()
          || prev.matches(".*(?:ের|ার|কে|েরা|ুরা|ীরা|িরা|দের|তে|ে|িত|ছে|বে|লো|য়|য়|ই|ও|টি|টা|গুলো|গুলি)$")) {
        continue;
      }
      add(out, allowed, original, names, Category.SCHOOL_NAME, Severity.MEDIUM, b.start(), b.end());
    }
  }

  private boolean notNamesExceptPlaces(String w) {
    return Set.of("The", "A", "An", "In", "At", "Of", "To", "From", "Our", "Their", "And", "For", "By", "With")
        .contains(w);
  }

  // ---- disclosures ----
  private void disclosures(String text, List<int[]> sentences, Pattern namePattern, List<Finding> out,
      List<int[]> allowed, String original, Set<String> names) {
    String v = "(?:" + abuseEnAlt + ")";
    String aux = "(?:was|were|am|are|is|have been|has been|had been|is being|was being|got|get|keep getting|kept getting)";
    List<Pattern> en = new ArrayList<>();
    en.add(Pattern.compile("\\b(?:I|we|We)\\s+" + aux + "\\s+(?:\\w+\\s+){0,2}?" + v + "\\b"));
    en.add(Pattern.compile("(?i)\\b" + v + "\\s+(?:me|us)\\b"));
    en.add(Pattern.compile("\\b(?:[Mm]y|[Oo]ur)\\s+(?:[\\w'’]+\\s+){1,2}" + aux + "\\s+(?:\\w+\\s+){0,2}?" + v + "\\b"));
    String who = "(?<who>" + (namePattern == null ? "" : alternation(List.copyOf(names)) + "|")
        + "[A-Z][a-z]{1,20}|she|he)";
    en.add(Pattern.compile(who + "\\s+" + aux + "\\s+(?:\\w+\\s+){0,2}?" + v + "\\b"));
    en.add(Pattern.compile("\\b" + v + "\\s+(?<who>her|him|" + (namePattern == null ? "" : alternation(List.copyOf(names)) + "|")
        + "[A-Z][a-z]{1,20})\\b"));
    for (Pattern p : en) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        String w = groupOrNull(m, "who");
        if (w != null && notNames.contains(w) && !w.equals("She") && !w.equals("He")
            && !names.contains(w)) {
          continue;
        }
        add(out, allowed, original, names, Category.DISCLOSURE, Severity.HIGH, m.start(), m.end());
      }
    }
    Matcher m = abuseBn.matcher(text);
    while (m.find()) {
      int[] s = sentenceOf(sentences, m.start());
      String sentence = text.substring(s[0], s[1]);
      boolean person = firstPersonBn.matcher(sentence).find() || pronounsBn.matcher(sentence).find()
          || (namePattern != null && namePattern.matcher(sentence).find());
      if (person) {
        add(out, allowed, original, names, Category.DISCLOSURE, Severity.HIGH, m.start(), m.end());
      }
    }
  }

  private static String groupOrNull(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  // ---- sexualising ----
  private void sexualising(String text, List<int[]> sentences, Pattern namePattern, List<Finding> out,
      List<int[]> allowed, String original, Set<String> names) {
    for (Pattern p : List.of(sexualisingEn, sexualisingBn)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        int[] s = sentenceOf(sentences, m.start());
        String sentence = text.substring(s[0], s[1]);
        boolean child = childTerms.matcher(sentence).find() || ages.stream().anyMatch(a -> a.matcher(sentence).find())
            || (namePattern != null && namePattern.matcher(sentence).find());
        // a quoted comment or caption is judged on its own words: "reported to the police" around it does not excuse it
        String judged = quoteAround(sentence, m.start() - s[0]);
        if (child && !prevention.matcher(judged == null ? sentence : judged).find()) {
          add(out, allowed, original, names, Category.SEXUALISING, Severity.HIGH, m.start(), m.end());
        }
      }
    }
  }

  private static final Pattern OPEN_QUOTE = Pattern.compile("(?:^|(?<=[\\s:(]))['\"‘“]");
  private static final Pattern CLOSE_QUOTE = Pattern.compile("['\"’”](?=[\\s.,;:!?)—–।-]|$)");

  /** The quoted words around {@code pos} (a comment, a caption), or null when it is not inside quotes. */
  private static String quoteAround(String sentence, int pos) {
    Matcher open = OPEN_QUOTE.matcher(sentence.substring(0, pos));
    int from = -1;
    while (open.find()) {
      from = open.end();
    }
    if (from < 0) {
      return null;
    }
    Matcher close = CLOSE_QUOTE.matcher(sentence);
    int to = -1;
    int at = pos;
    while (close.find(at)) {
      to = close.start();
      at = close.end();
      if (at >= sentence.length()) {
        break;
      }
    }
    return to > pos ? sentence.substring(from, to) : null;
  }

  // ---- images ----
  private void image(ImageMetadata image, List<Finding> out) {
    boolean gps = false;
    boolean camera = false;
    for (Map.Entry<String, String> tag : image.tags().entrySet()) {
      if (tag.getValue() == null || tag.getValue().isBlank()) {
        continue;
      }
      String k = tag.getKey().toLowerCase(Locale.ROOT);
      if (k.contains("gps") || k.contains("latitude") || k.contains("longitude") || k.contains("location")) {
        gps = true;
      } else if (k.contains("make") || k.contains("model") || k.contains("camera") || k.contains("serial")
          || k.contains("lens") || k.contains("owner") || k.contains("artist") || k.contains("date")) {
        camera = true;
      }
    }
    if (gps) {
      out.add(new Finding(Category.PHOTO_METADATA, Severity.MEDIUM, -1, -1,
          image.fileName() + ": GPS location in the photo's metadata" + (camera ? " (and camera details)" : "")));
    } else if (camera) {
      out.add(new Finding(Category.PHOTO_METADATA, Severity.LOW, -1, -1,
          image.fileName() + ": camera details or date taken in the photo's metadata"));
    }
  }

  // ---- helpers ----
  private void add(List<Finding> out, List<int[]> allowed, String original, Set<String> names, Category c,
      Severity sev, int start, int end) {
    for (int[] a : allowed) {
      if (start >= a[0] && end <= a[1]) {
        return;
      }
    }
    out.add(new Finding(c, sev, start, end, Masking.excerpt(original, start, end, names)));
  }

  private List<int[]> allowedSpans(String text) {
    List<int[]> spans = new ArrayList<>();
    for (String entry : rules.allowList()) {
      Matcher m = Pattern.compile(NB + literal(normaliseDigits(entry)) + NA,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
      while (m.find()) {
        spans.add(new int[] {m.start(), m.end()});
      }
    }
    return spans;
  }

  private static List<Finding> dedupe(List<Finding> in) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : in) {
      boolean covered = out.stream().anyMatch(o -> o.category() == f.category() && o.start() >= 0
          && f.start() < o.end() && o.start() < f.end());
      if (!covered) {
        out.add(f);
      }
    }
    return out;
  }

  private interface Span {
    void accept(int start, int end);
  }

  private static void find(Pattern p, String text, Span span) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      span.accept(m.start(), m.end());
    }
  }

  private List<int[]> sentences(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = sentenceEnd.matcher(text);
    int start = 0;
    while (m.find()) {
      out.add(new int[] {start, m.end()});
      start = m.end();
    }
    out.add(new int[] {start, text.length()});
    return out;
  }

  private static int[] sentenceOf(List<int[]> sentences, int pos) {
    for (int[] s : sentences) {
      if (pos >= s[0] && pos < s[1]) {
        return s;
      }
    }
    return sentences.get(sentences.size() - 1);
  }

  private static int[] nextSentence(List<int[]> sentences, int[] s) {
    int i = sentences.indexOf(s);
    return i + 1 < sentences.size() ? sentences.get(i + 1) : s;
  }

  private static List<String> wordsOf(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("[\\p{L}\\p{M}\\p{N}'’-]+").matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Bengali digits to Latin, one char for one char, so positions stay the same. */
  static String normaliseDigits(String s) {
    char[] cs = s.toCharArray();
    for (int i = 0; i < cs.length; i++) {
      if (cs[i] >= '\u09E6' && cs[i] <= '\u09EF') {
        cs[i] = (char) ('0' + (cs[i] - '\u09E6'));
      }
    }
    return new String(cs);
  }

  private static Pattern compileBn(String regex) {
    return Pattern.compile(bnVariants(regex));
  }

  /** য়/ড়/ঢ় may be written precomposed or with a nukta: accept both. */
  static String bnVariants(String regex) {
    String r = regex.replace("\u09AF\u09BC", "\u09DF").replace("\u09A1\u09BC", "\u09DC").replace("\u09A2\u09BC", "\u09DD");
    return r.replace("\u09DF", "(?:\u09DF|\u09AF\u09BC)").replace("\u09DC", "(?:\u09DC|\u09A1\u09BC)")
        .replace("\u09DD", "(?:\u09DD|\u09A2\u09BC)");
  }

  private static String literal(String word) {
    StringBuilder sb = new StringBuilder();
    for (char ch : word.toCharArray()) {
      if (Character.isWhitespace(ch)) {
        if (sb.length() < 3 || !sb.toString().endsWith("\\s+")) {
          sb.append("\\s+");
        }
      } else if ("\\^$.|?*+()[]{}-".indexOf(ch) >= 0) {
        sb.append('\\').append(ch);
      } else {
        sb.append(ch);
      }
    }
    return bnVariants(sb.toString());
  }

  private static String alternation(List<String> words) {
    return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
        .map(RuleBasedChecker::literal).collect(Collectors.joining("|"));
  }

  private static Pattern words(List<String> words, boolean ignoreCase) {
    if (words.isEmpty()) {
      return Pattern.compile("(?!)");
    }
    return Pattern.compile(NB + "(?:" + alternation(words) + ")" + NA,
        ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
  }

  /** Words that may carry an inflection after them (Bangla suffixes, English plurals). */
  private static Pattern prefixWords(List<String> words) {
    return Pattern.compile(NB + "(?:" + alternation(new ArrayList<>(new LinkedHashSet<>(words))) + ")",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
