package org.redheart.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.redheart.meetings.api.FieldSpec;
import org.redheart.meetings.api.Step;
import org.redheart.platform.api.Role;

/** Every label exists in English and in Bangla, and every key a page or a step uses exists. */
class BundlesTest {
  private static final Pattern LITERAL_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");

  static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (var in = BundlesTest.class.getResourceAsStream("/org/redheart/app/web/" + name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void everyEnglishKeyHasABanglaValueAndNoMore() throws IOException {
    Properties en = load("messages.properties");
    Properties bn = load("messages_bn.properties");
    assertThat(new TreeSet<>(bn.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
    bn.forEach((k, v) -> assertThat(v.toString()).as("Bangla value of %s", k).isNotBlank());
  }

  @Test
  void banglaValuesAreInBanglaScriptWhereTheyAreWords() throws IOException {
    Properties bn = load("messages_bn.properties");
    Set<String> latinAllowed = Set.of("account.tokensHelp");
    bn.forEach((k, v) -> {
      if (!latinAllowed.contains(k)) {
        assertThat(v.toString().codePoints().anyMatch(cp -> cp >= 0x0980 && cp <= 0x09FF))
            .as("%s=%s has Bangla script", k, v).isTrue();
      }
    });
  }

  @Test
  void everyKeyThatAPageNamesExists() throws IOException {
    Properties en = load("messages.properties");
    Path webapp = Path.of("src/main/webapp");
    try (Stream<Path> files = Files.walk(webapp)) {
      for (Path page : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
        Matcher m = LITERAL_KEY.matcher(Files.readString(page, StandardCharsets.UTF_8));
        while (m.find()) {
          assertThat(en).as("key %s used in %s", m.group(1), page).containsKey(m.group(1));
        }
      }
    }
  }

  @Test
  void everyStepFieldRoleAndOutcomeHasALabel() throws IOException {
    Properties en = load("messages.properties");
    for (Step step : Step.values()) {
      assertThat(en).containsKey(step.labelKey());
      step.fields().stream().map(FieldSpec::name).forEach(f -> assertThat(en).containsKey("field." + f));
    }
    Arrays.stream(Role.values()).forEach(r -> assertThat(en).containsKey("role." + r.name()));
    for (String outcome : new String[] {"done", FieldSpec.APPROVE, FieldSpec.REQUEST_CHANGES}) {
      assertThat(en).containsKey("outcome." + outcome);
    }
  }
}
