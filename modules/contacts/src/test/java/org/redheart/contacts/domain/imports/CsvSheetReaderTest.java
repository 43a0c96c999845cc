package org.redheart.contacts.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvSheetReaderTest {

  private static List<List<String>> read(byte[] bytes) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    new CsvSheetReader().read(new ByteArrayInputStream(bytes), (n, cells) -> rows.add(cells));
    return rows;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readsBanglaTextInUtf8WithoutAByteOrderMark() throws IOException {
    var rows = read(utf8("name,email\r\nরহিমা খাতুন,rahima@example.org\r\nKarim,karim@example.org\r\n"));
    assertThat(rows).containsExactly(List.of("name", "email"), List.of("রহিমা খাতুন", "rahima@example.org"),
        List.of("Karim", "karim@example.org"));
  }

  @Test
  void dropsTheUtf8ByteOrderMark() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.write(utf8("নাম,ই-মেইল\nরহিমা,r@example.org\n"));
    var rows = read(out.toByteArray());
    assertThat(rows.get(0)).containsExactly("নাম", "ই-মেইল");
    assertThat(HeaderMatcher.match(rows.get(0))).hasSize(2);
  }

  @Test
  void rejectsLatin1BytesNamingTheRow() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(utf8("name,email\n"));
    for (int i = 0; i < 3000; i++) {
      out.writeBytes(utf8("Person " + i + ",p" + i + "@example.org\n"));
    }
    out.writeBytes(utf8("Jos"));
    out.write(0xE9); // é in Latin-1: not UTF-8
    out.writeBytes(utf8(",jose@example.org\n"));
    assertThatThrownBy(() -> read(out.toByteArray()))
        .isInstanceOf(BadFile.class)
        .hasMessageContaining("not UTF-8")
        .hasMessageStartingWith("row 3002:")
        .satisfies(e -> assertThat(((BadFile) e).row()).isEqualTo(3002));
  }

  @Test
  void detectsASemicolonDelimiter() throws IOException {
    var rows = read(utf8("name;email;district\nKarim, the teacher;k@example.org;Dhaka\n"));
    assertThat(rows.get(1)).containsExactly("Karim, the teacher", "k@example.org", "Dhaka");
  }

  @Test
  void detectsATabDelimiter() throws IOException {
    var rows = read(utf8("name\temail\nKarim\tk@example.org\n"));
    assertThat(rows.get(1)).containsExactly("Karim", "k@example.org");
  }

  @Test
  void rejectsAFileWhoseDelimiterGivesOneColumn() {
    assertThatThrownBy(() -> read(utf8("name|email|district\nKarim|k@example.org|Dhaka\n")))
        .isInstanceOf(BadFile.class)
        .hasMessageContaining("row 1:")
        .hasMessageContaining("one single column")
        .hasMessageContaining("commas, semicolons or tabs");
  }

  @Test
  void acceptsASingleColumnThatNamesAField() throws IOException {
    assertThat(read(utf8("name\nKarim\n"))).hasSize(2);
  }

  @Test
  void reportsAQuoteThatNeverClosesWithTheRowWhereItOpens() {
    assertThatThrownBy(() -> read(utf8("name,notes\nKarim,fine\nRahima,\"never closed\nAnwar,ok\nSalma,ok\n")))
        .isInstanceOf(BadFile.class)
        .hasMessageContaining("row 3:")
        .hasMessageContaining("unbalanced quotes");
  }

  @Test
  void reportsTextAfterAClosingQuote() {
    assertThatThrownBy(() -> read(utf8("name,notes\nKarim,\"said \"hello\" twice\"\n")))
        .isInstanceOf(BadFile.class)
        .hasMessageContaining("row 2:")
        .hasMessageContaining("unbalanced quotes");
  }

  @Test
  void keepsQuotedCellsWithCommasNewlinesAndDoubledQuotes() throws IOException {
    var rows = read(utf8("name,notes\n\"Karim, Md\",\"line one\nline \"\"two\"\"\"\nRahima,x\n"));
    assertThat(rows.get(1)).containsExactly("Karim, Md", "line one\nline \"two\"");
    assertThat(rows.get(2)).containsExactly("Rahima", "x");
  }

  @Test
  void refusesAOneMegabyteLineBeforeBufferingIt() {
    byte[] head = utf8("name,notes\nKarim,");
    long[] served = {0};
    InputStream megabyte = new InputStream() {
      int pos;

      @Override
      public int read() {
        served[0]++;
        if (pos < head.length) {
          return head[pos++];
        }
        return pos++ < head.length + 1024 * 1024 ? 'x' : -1;
      }
    };
    assertThatThrownBy(() -> new CsvSheetReader().read(megabyte, (n, cells) -> { }))
        .isInstanceOf(BadFile.class)
        .hasMessageContaining("row 2:")
        .hasMessageContaining("longer than 64 K characters");
    assertThat(served[0]).as("bytes read before giving up").isLessThan(200_000);
  }

  @Test
  void keepsFormulaCellsAsPlainText() throws IOException {
    var rows = read(utf8("name,notes\n=HYPERLINK(\"http://evil.example\";\"click\"),+1+2\n@SUM(A1:A9),-3\n"));
    assertThat(rows.get(1)).containsExactly("=HYPERLINK(\"http://evil.example\";\"click\")", "+1+2");
    assertThat(rows.get(2)).containsExactly("@SUM(A1:A9)", "-3");
  }

  @Test
  void skipsBlankLinesButKeepsTheRowNumbersOfTheFile() throws IOException {
    List<Integer> numbers = new ArrayList<>();
    new CsvSheetReader().read(new ByteArrayInputStream(utf8("name,email\n\nKarim,k@example.org\n,\nRahima,r@example.org\n")),
        (n, cells) -> numbers.add(n));
    assertThat(numbers).containsExactly(1, 3, 5);
  }

  @Test
  void streamsAHundredThousandRowsWithoutHoldingThem() throws IOException {
    int total = 100_000;
    Generated file = new Generated(total);
    int[] seen = {0};
    long[] producedAtHalf = {0};
    new CsvSheetReader().read(file, (n, cells) -> {
      seen[0]++;
      if (n == total / 2) {
        producedAtHalf[0] = file.rowsProduced;
      }
      assertThat(cells).hasSize(4);
    });
    assertThat(seen[0]).isEqualTo(total + 1);
    // streaming: when half the rows had reached the sink, the generator had produced little more than half
    assertThat(producedAtHalf[0]).isLessThan(total / 2 + 2_000);
  }

  /** A CSV file generated while it is read: it never exists whole. */
  static final class Generated extends InputStream {
    private final int rows;
    int rowsProduced;
    private byte[] line = utf8("name,email,district,tags\n");
    private int pos;

    Generated(int rows) {
      this.rows = rows;
    }

    @Override
    public int read() {
      if (pos == line.length) {
        if (rowsProduced == rows) {
          return -1;
        }
        rowsProduced++;
        line = utf8("রহিমা " + rowsProduced + ",person" + rowsProduced + "@example.org,Dhaka,volunteer\n");
        pos = 0;
      }
      return line[pos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      int n = 0;
      while (n < len) {
        int c = read();
        if (c < 0) {
          return n == 0 ? -1 : n;
        }
        b[off + n++] = (byte) c;
      }
      return n;
    }
  }
}
