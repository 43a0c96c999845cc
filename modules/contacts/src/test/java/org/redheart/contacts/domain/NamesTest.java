package org.redheart.contacts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

  @Test
  void foldsLatinAccentsAndCase() {
    assertThat(Names.fold("  Ráhima   KHÂTUN ")).isEqualTo("rahima khatun");
    assertThat(Names.fold("José Núñez")).isEqualTo("jose nunez");
  }

  @Test
  void keepsBanglaVowelSignsAndHasanta() {
    String name = "রহিমা খাতুন";
    assertThat(Names.fold(name)).isEqualTo(name);
    assertThat(Names.fold("শফিকুল ইসলাম")).isEqualTo("শফিকুল ইসলাম");
    assertThat(Names.fold("বন্দ্যোপাধ্যায়")).contains("\u09CD");
  }

  @Test
  void treatsBothKhandaTaSpellingsAlike() {
    String modern = "সৎ";
    String old = "স\u09A4\u09CD\u200D";
    assertThat(Names.fold(old)).isEqualTo(Names.fold(modern)).isEqualTo("স\u09CE");
  }

  @Test
  void dropsZeroWidthJoinersAndByteOrderMarks() {
    assertThat(Names.fold("\uFEFFর\u200Cহি\u200Dমা")).isEqualTo("রহিমা");
  }

  @Test
  void keepsPunctuationOnlyInsideWords() {
    assertThat(Names.fold("Khatun, Rahima")).isEqualTo("khatun rahima");
    assertThat(Names.fold("O’Brien-Smith (Dr.)")).isEqualTo("o'brien-smith dr");
    assertThat(Names.fold("\"Rahima\"")).isEqualTo("rahima");
    assertThat(Names.fold("রহিমা। খাতুন")).isEqualTo("রহিমা খাতুন");
  }

  @Test
  void foldsNullToEmpty() {
    assertThat(Names.fold(null)).isEmpty();
  }

  @Test
  void cleansForDisplayWithoutChangingCaseOrAccents() {
    assertThat(Names.clean("  Ráhima \t Khatun\u00A0 ")).isEqualTo("Ráhima Khatun");
    assertThat(Names.clean("   ")).isNull();
    assertThat(Names.clean("e\u0301")).isEqualTo("é");
  }

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource(delimiter = ';', value = {
    "Rahima Khatun; Rahima  Khatoon",
    "Rahima Khatun; 'Khatun, Rahima'",
    "Rahima Khatun; Ráhima Khatun",
    "Rahima Khatun; RAHIMA KHATUN",
    "Mohammad Rahman; Muhammad Rehman",
    "Md. Shafiqul Islam; Mohammed Shafikul Islam",
    "Mohammad Chowdhury; Mohammad Choudhury",
    "Zahid Hasan; Jahid Hassan",
    "Dr. Nasrin Akter; Nasrin Akhter",
    "Catherine Smith; Katherine Smith",
    "রহিমা খাতুন; রহীমা খাতুন",
    "রহিমা খাতুন; খাতুন রহিমা",
    "সৎ; স\u09A4\u09CD\u200D",
  })
  void givesSimilarNamesOneBlockingKey(String a, String b) {
    assertThat(Names.blockingKey(a)).isNotNull().isEqualTo(Names.blockingKey(b));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = ';', value = {
    "Rahima Khatun; Rahim Khan",
    "Rahima Khatun; Rahima Begum",
    "Rahima Khatun; Karim Uddin",
    "Nasrin Akter; Nasima Akter",
    "Ayesha Siddiqua; Ayesha Sultana",
    "রহিমা খাতুন; করিম উদ্দিন",
    "Save the Children; Plan International",
  })
  void keepsDifferentNamesApart(String a, String b) {
    assertThat(Names.blockingKey(a)).isNotEqualTo(Names.blockingKey(b));
  }

  @Test
  void hasNoBlockingKeyWithoutLetters() {
    assertThat(Names.blockingKey(null)).isNull();
    assertThat(Names.blockingKey(" -- ")).isNull();
  }

  @Test
  void keepsBlockingKeysWithinTheColumn() {
    assertThat(Names.blockingKey("Bangladesh National Woman Lawyers Association ".repeat(10))).hasSizeLessThanOrEqualTo(120);
  }
}
