package org.redheart.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redheart.safeguarding.api.Category;
import org.redheart.safeguarding.api.CheckInput;
import org.redheart.safeguarding.api.Finding;
import org.redheart.safeguarding.api.ImageMetadata;
import org.redheart.safeguarding.api.SafeguardingCheck;
import org.redheart.safeguarding.api.Severity;

class SafeguardingCheckTest {
  private static final SafeguardingCheck CHECK = SafeguardingCheck.standard();

  private static List<Finding> check(String text, String... names) {
    return CHECK.check(new CheckInput(text, List.of(), Set.of(names)));
  }

  private static List<Category> categories(String text, String... names) {
    return check(text, names).stream().map(Finding::category).distinct().toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Call 01712345678 today.", "Call 01712-345678 today.", "Phone +880 1712 345678.",
      "Phone 008801712345678.", "ফোন করুন ০১৭১২৩৪৫৬৭৮ নম্বরে।", "নম্বর +৮৮০ ১৭১২-৩৪৫৬৭৮।"})
  void phones(String text) {
    assertThat(check(text)).extracting(Finding::category, Finding::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Category.PHONE, Severity.MEDIUM));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Call the child helpline 1098 or 999.", "হেল্পলাইন ১০৯৮ বা ৯৯৯ নম্বরে ফোন করুন।",
      "The women and children helpline 109 is free.", "The meeting on 2022-10-27 had 39 participants.",
      "The budget is BDT 12,50,000 for 2022-2023.", "সভা ২৭ অক্টোবর ২০২২ তারিখে, ৩৯ জন উপস্থিত ছিলেন।"})
  void helplinesDatesCountsAndMoneyAreNotPhones(String text) {
    assertThat(check(text)).isEmpty();
  }

  @Test
  void emailsAreLow() {
    assertThat(check("Write to rina.b@example.org please.")).singleElement()
        .satisfies(f -> assertThat(f.category()).isEqualTo(Category.EMAIL))
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.LOW));
    assertThat(categories("ই-মেইল: karim_u@mail.com")).containsExactly(Category.EMAIL);
  }

  @Test
  void streetAddresses() {
    assertThat(categories("She lives at House 12, Road 5, Dhanmondi.")).contains(Category.STREET_ADDRESS);
    assertThat(categories("They stay at 47/B Lalbagh Road.")).contains(Category.STREET_ADDRESS);
    assertThat(categories("বাড়ি নং ১২, রোড ৫, ধানমন্ডি।")).contains(Category.STREET_ADDRESS);
    assertThat(categories("৯ নম্বর বাড়িতে আছে।")).contains(Category.STREET_ADDRESS);
    assertThat(check("Road safety was discussed by 25 organisations in the education sector.")).isEmpty();
    assertThat(check("বক্তা ছিলেন ৪ জন।")).isEmpty();
  }

  @Test
  void minorIdentifiedByNameOrPronoun() {
    assertThat(categories("Rina is a 12-year-old girl from our village.", "Rina")).contains(Category.MINOR_IDENTIFIED);
    assertThat(categories("Tania, aged 9, walks to work.")).contains(Category.MINOR_IDENTIFIED);
    assertThat(categories("He is in class 7 and works at a tea stall.")).contains(Category.MINOR_IDENTIFIED);
    assertThat(categories("নুসরাত ১২ বছরের মেয়ে, সে ফুল বিক্রি করে।", "নুসরাত")).contains(Category.MINOR_IDENTIFIED);
    assertThat(categories("মেয়েটি ৭ম শ্রেণির ছাত্রী।")).contains(Category.MINOR_IDENTIFIED);
    assertThat(check("Rina is a 12-year-old girl.", "Rina")).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.HIGH));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Girl children as young as 12 are married off.", "Children aged 12-17 took part.",
      "Students of class 7 and 8 drew posters.", "Young men and women aged 19-25 joined with their mentors.",
      "১২-১৭ বছর বয়সী শিশুরা অংশ নেয়।", "৭ম ও ৮ম শ্রেণির শিক্ষার্থীরা পোস্টার আঁকে।",
      "Students and faculty members of East West University joined the meeting.",
      "ইস্ট ওয়েস্ট বিশ্ববিদ্যালয়ের শিক্ষার্থীরা সভায় যোগ দেন।",
      "Child marriage should be prevented by raising awareness in schools, providing information about child help line to reduce child marriage, child exploitation and sexual abuse at the grassroots level.",
      "Students suggested to increase awareness raising campaign by launching of Meena cartoon character or Sisimpur cartoon which are common and very popular in Bangladesh for dissemination of knowledge about social media and the danger of getting sexually abused and exploited online.",
      "Sharing nude images of children is a crime; report it."})
  void generalStatementsAreNotFlagged(String text) {
    assertThat(check(text)).isEmpty();
  }

  @Test
  void schoolNamesButNotUniversities() {
    assertThat(categories("Students came from Rupnagar Government High School.")).containsExactly(Category.SCHOOL_NAME);
    assertThat(categories("The session was at Darul Ulum Madrasa.")).containsExactly(Category.SCHOOL_NAME);
    assertThat(categories("রূপনগর সরকারি উচ্চ বিদ্যালয় থেকে এসেছে।")).containsExactly(Category.SCHOOL_NAME);
    assertThat(categories("উত্তরা হাই স্কুলের শিক্ষক।")).containsExactly(Category.SCHOOL_NAME);
    assertThat(check("Awareness in every High School and Primary School matters.")).isEmpty();
    assertThat(check("শিশুরা স্কুলে যায়, গ্রামের প্রাথমিক বিদ্যালয়ে পড়ে।")).isEmpty();
    assertThat(check("The meeting was at East West University.")).isEmpty();
  }

  @Test
  void disclosures() {
    assertThat(categories("I was abused by my uncle.")).containsExactly(Category.DISCLOSURE);
    assertThat(categories("My stepfather beats me every night.")).containsExactly(Category.DISCLOSURE);
    assertThat(categories("Mim was molested by a neighbour.", "Mim")).containsExactly(Category.DISCLOSURE);
    assertThat(categories("আমাকে আমার চাচা নির্যাতন করেছে।")).containsExactly(Category.DISCLOSURE);
    assertThat(categories("মিমকে এক প্রতিবেশী হয়রানি করেছে।", "মিম")).containsExactly(Category.DISCLOSURE);
    assertThat(check("Victims of abuse need counselling; children who were abused must be heard.")).isEmpty();
    assertThat(check("শিশুরা যৌন নির্যাতনের শিকার হচ্ছে, তা প্রতিরোধ করতে হবে।")).isEmpty();
  }

  @Test
  void sexualisingButNotPreventionLanguage() {
    assertThat(categories("Look at this sexy little girl.")).containsExactly(Category.SEXUALISING);
    assertThat(categories("Comment: 'these schoolgirls look hot' - reported to the police.")).containsExactly(Category.SEXUALISING);
    assertThat(categories("মেয়েটি খুব সেক্সি।")).containsExactly(Category.SEXUALISING);
    assertThat(check("We work to end child sexual abuse and exploitation.")).isEmpty();
    assertThat(check("It was a hot day in Dhaka.")).isEmpty();
    assertThat(check("শিশু যৌন নির্যাতন প্রতিরোধে সচেতনতা জরুরি।")).isEmpty();
  }

  @Test
  void namedTwelveYearOldAndWhatWasDoneToHerIsHigh() {
    List<Finding> findings = check("Shapla is a 12-year-old girl from Mirpur. She was raped by a tutor.", "Shapla");
    assertThat(findings).extracting(Finding::category).contains(Category.MINOR_IDENTIFIED, Category.DISCLOSURE);
    assertThat(findings).anySatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.HIGH));
  }

  @Test
  void meetingPostWithHelplineAndUniversityHasNoFindings() {
    assertThat(check("Join our stakeholder meeting at East West University on 27 October. "
        + "If a child needs help, call the child helpline 1098.")).isEmpty();
  }

  @Test
  void maskedExcerptNeverContainsTheMatch() {
    String text = "Please call Rina's mother on 01712345678 or mail rina.begum@gmail.com about Rina, a 12-year-old girl.";
    List<Finding> findings = check(text, "Rina");
    assertThat(findings).isNotEmpty();
    for (Finding f : findings) {
      String match = text.substring(f.start(), f.end());
      assertThat(f.maskedExcerpt()).doesNotContain(match).contains("•");
      assertThat(f.maskedExcerpt()).doesNotContain("Rina");
    }
    assertThat(findings).anySatisfy(f -> assertThat(f.maskedExcerpt()).doesNotContain("345678"));
  }

  @Test
  void imageMetadata() {
    ImageMetadata gps = new ImageMetadata("girls.jpg", Map.of("GPSLatitude", "23.81", "GPSLongitude", "90.41", "Make", "Canon"));
    ImageMetadata camera = new ImageMetadata("hall.jpg", Map.of("Model", "Pixel 7", "DateTimeOriginal", "2022:10:27"));
    ImageMetadata clean = new ImageMetadata("poster.png", Map.of());
    List<Finding> findings = CHECK.check(new CheckInput("", List.of(gps, camera, clean), Set.of()));
    assertThat(findings).extracting(Finding::category, Finding::severity, Finding::start)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(Category.PHOTO_METADATA, Severity.MEDIUM, -1),
            org.assertj.core.groups.Tuple.tuple(Category.PHOTO_METADATA, Severity.LOW, -1));
    assertThat(findings).anySatisfy(f -> assertThat(f.maskedExcerpt()).startsWith("girls.jpg").doesNotContain("23.81"));
  }

  @Test
  void extraRulesFromADirectory(@TempDir Path dir) throws IOException {
    String text = "Ask at Sunflower Club 7 about the photo of the charming kid.";
    assertThat(check(text)).isEmpty();
    Files.writeString(dir.resolve("patterns.properties"), "STREET_ADDRESS.en.extra=\\\\bClub\\\\s+\\\\d+\\\\b\n");
    Files.createDirectories(dir.resolve("en"));
    Files.writeString(dir.resolve("en/sexualising.txt"), "# added by an admin\ncharming\n");
    Files.writeString(dir.resolve("allow-list.txt"), "01812345678\n");
    SafeguardingCheck extended = SafeguardingCheck.withExtraRules(dir);
    assertThat(extended.check(CheckInput.ofText(text))).extracting(Finding::category)
        .containsExactlyInAnyOrder(Category.STREET_ADDRESS, Category.SEXUALISING);
    assertThat(extended.check(CheckInput.ofText("Office line 01812345678"))).isEmpty();
    assertThat(CHECK.check(CheckInput.ofText("Office line 01812345678"))).isNotEmpty();
  }
}
