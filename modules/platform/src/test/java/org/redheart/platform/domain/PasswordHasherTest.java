package org.redheart.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  @Test
  void acceptsThePasswordThatWasHashed() {
    String stored = PasswordHasher.hash("correct horse battery staple");

    assertThat(PasswordHasher.matches("correct horse battery staple", stored)).isTrue();
  }

  @Test
  void refusesAWrongPassword() {
    String stored = PasswordHasher.hash("correct horse battery staple");

    assertThat(PasswordHasher.matches("correct horse battery stapler", stored)).isFalse();
    assertThat(PasswordHasher.matches("", stored)).isFalse();
  }

  @Test
  void hashesTheSamePasswordDifferentlyEachTimeBecauseOfTheSalt() {
    String first = PasswordHasher.hash("correct horse battery staple");
    String second = PasswordHasher.hash("correct horse battery staple");

    assertThat(first).isNotEqualTo(second);
    assertThat(PasswordHasher.matches("correct horse battery staple", first)).isTrue();
    assertThat(PasswordHasher.matches("correct horse battery staple", second)).isTrue();
  }

  @Test
  void storesTheAlgorithmAndIterationCountWithTheHash() {
    assertThat(PasswordHasher.hash("correct horse battery staple")).startsWith("pbkdf2-sha512$210000$");
  }

  @Test
  void refusesAStoredValueInAnUnknownFormat() {
    assertThat(PasswordHasher.matches("secret-password", "md5$abc")).isFalse();
    assertThat(PasswordHasher.matches("secret-password", "")).isFalse();
  }

  @Test
  void findsAShortPasswordWeak() {
    assertThat(PasswordHasher.weakness("short")).isEqualTo("must have at least 10 characters");
    assertThat(PasswordHasher.weakness("123456789")).isNotNull();
    assertThat(PasswordHasher.weakness("")).isNotNull();
    assertThat(PasswordHasher.weakness(null)).isNotNull();
  }

  @Test
  void acceptsAPasswordOfTenCharacters() {
    assertThat(PasswordHasher.weakness("1234567890")).isNull();
  }

  @Test
  void countsABanglaPasswordInCharactersNotBytes() {
    String sonarBangla = "সোনারবাংলা";
    assertThat(sonarBangla.codePointCount(0, sonarBangla.length())).isEqualTo(10);

    assertThat(PasswordHasher.weakness(sonarBangla)).isNull();
    assertThat(PasswordHasher.weakness("সোনারবাংল")).isNotNull();
  }

  @Test
  void countsAnEmojiAsOneCharacter() {
    String fiveEmoji = "🌹🌹🌹🌹🌹";
    assertThat(fiveEmoji.length()).isEqualTo(10);

    assertThat(PasswordHasher.weakness(fiveEmoji)).isNotNull();
  }

  @Test
  void findsAPasswordOfMoreThanAKilobyteTooLong() {
    assertThat(PasswordHasher.weakness("x".repeat(1025))).isEqualTo("is too long");
    assertThat(PasswordHasher.weakness("x".repeat(1024))).isNull();
  }

  @Test
  void matchesABanglaPasswordItHashed() {
    String stored = PasswordHasher.hash("সোনারবাংলা");

    assertThat(PasswordHasher.matches("সোনারবাংলা", stored)).isTrue();
    assertThat(PasswordHasher.matches("সোনারবাংল", stored)).isFalse();
  }

  @Test
  void letsNoPasswordMatchTheDummyHash() {
    assertThat(PasswordHasher.matches("", PasswordHasher.dummy())).isFalse();
    assertThat(PasswordHasher.matches("1234567890", PasswordHasher.dummy())).isFalse();
    assertThat(PasswordHasher.matches("correct horse battery staple", PasswordHasher.dummy())).isFalse();
  }

  @Test
  void letsNotEvenThePhraseInTheSourceMatchTheDummyHash() {
    assertThat(PasswordHasher.matches("not a password of anyone", PasswordHasher.dummy())).isFalse();
  }

  @Test
  void shapesTheDummyHashLikeARealOneSoThatCheckingItTakesAsLong() {
    assertThat(PasswordHasher.dummy()).startsWith("pbkdf2-sha512$210000$");
  }
}
