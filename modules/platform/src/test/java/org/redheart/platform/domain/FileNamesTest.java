package org.redheart.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

  @Test
  void dropsThePathAndGivesTheDetectedTypesExtension() {
    assertThat(FileNames.sanitise("../../etc/passwd.pdf", "png")).isEqualTo("passwd.png");
    assertThat(FileNames.sanitise("C:\\Users\\me\\photo.JPG", "jpg")).isEqualTo("photo.jpg");
  }

  @Test
  void keepsBanglaNamesButNotControlQuoteOrBidiOverrideCharacters() {
    assertThat(FileNames.sanitise("সভার ছবি.jpg", "jpg")).isEqualTo("সভার ছবি.jpg");
    assertThat(FileNames.sanitise("a\"b\r\nc\u202Egpj.exe", "png")).isEqualTo("a_b__c_gpj.png");
  }

  @Test
  void namesAnUnnamedUploadFile() {
    assertThat(FileNames.sanitise(null, "pdf")).isEqualTo("file.pdf");
    assertThat(FileNames.sanitise("...", "pdf")).isEqualTo("file.pdf");
  }

  @Test
  void shortensVeryLongNames() {
    assertThat(FileNames.sanitise("x".repeat(500) + ".pdf", "pdf")).hasSize(150).endsWith(".pdf");
  }
}
