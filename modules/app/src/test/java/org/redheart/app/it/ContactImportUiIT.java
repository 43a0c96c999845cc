package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.redheart.app.it.pages.Browser;
import org.redheart.app.it.pages.ContactImportPage;
import org.redheart.app.it.pages.ContactsPage;
import org.redheart.app.it.pages.LoginPage;

/** Importing a spreadsheet in a real browser at phone width: the bad rows, the fix, the import, the search. */
@ExtendWith(TestServer.class)
class ContactImportUiIT {
  private Browser browser;

  @TempDir Path dir;

  @BeforeEach
  void openBrowser() {
    browser = new Browser(TestServer.get().baseUrl(), 360);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void anOrganiserSeesTheBadRowsFixesTheFileImportsItAndFindsAContact() throws IOException {
    String unique = "Qimp" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    List<String> good = new ArrayList<>();
    good.add("নাম,ই-মেইল,জেলা,দেশ,tags");
    for (int i = 1; i <= 20; i++) {
      String name = i % 2 == 0 ? "রহিমা বেগম " + unique + " " + i : "Salma Akter " + unique + " " + i;
      good.add(name + "," + unique.toLowerCase() + i + "@example.org,Cumilla,Bangladesh,volunteer");
    }
    List<String> bad = new ArrayList<>(good);
    bad.set(4, "Karim Uddin " + unique + " 4," + unique.toLowerCase() + "4-at-example.org,Cumilla,Bangladesh,volunteer");
    bad.set(8, "Nasrin Hossain " + unique + " 8," + unique.toLowerCase() + "8@example.org,Cumilla,Atlantis,volunteer");
    Path badFile = write("stakeholders-bad.csv", bad);
    Path fixedFile = write("stakeholders.csv", good);

    LoginPage.open(browser).logIn(Browserless.newUser("ORGANISER"), Browserless.PASSWORD);
    ContactImportPage preview = ContactImportPage.open(browser).upload(badFile);
    assertThat(preview.badCount()).isEqualTo("2");
    assertThat(preview.problems()).hasSize(2);
    assertThat(preview.problems().get(0)).startsWith("5 |").contains("ই-মেইল");
    assertThat(preview.problems().get(1)).startsWith("9 |").contains("দেশ").contains("Atlantis");
    assertThat(preview.mayImport()).as("nothing is imported while a row is bad").isFalse();
    browser.screenshot("import-bad-rows");
    assertThat(ContactsPage.open(browser).name(unique).search().isEmpty()).isTrue();

    ContactImportPage fixed = ContactImportPage.open(browser).upload(fixedFile);
    assertThat(fixed.badCount()).isEqualTo("0");
    assertThat(fixed.mayImport()).isTrue();
    assertThat(fixed.importRows().importedCount()).isEqualTo("20");

    ContactsPage found = ContactsPage.open(browser).name("রহিমা বেগম " + unique + " 10").search();
    assertThat(found.names()).containsExactly("রহিমা বেগম " + unique + " 10");
    assertThat(ContactsPage.open(browser).name(unique).search().count()).contains("20");
  }

  private Path write(String name, List<String> lines) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, "\uFEFF" + String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    return file;
  }
}
