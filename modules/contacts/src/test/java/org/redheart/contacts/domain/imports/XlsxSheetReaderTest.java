package org.redheart.contacts.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxSheetReaderTest {

  private static List<List<String>> read(byte[] bytes) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    new XlsxSheetReader().read(new ByteArrayInputStream(bytes), (n, cells) -> rows.add(cells));
    return rows;
  }

  static byte[] workbook(List<List<Object>> rows) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = wb.createSheet("Contacts");
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      for (int r = 0; r < rows.size(); r++) {
        XSSFRow row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          Object v = rows.get(r).get(c);
          if (v instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else if (v instanceof LocalDate d) {
            var cell = row.createCell(c);
            cell.setCellValue(d);
            cell.setCellStyle(date);
          } else if (v != null) {
            row.createCell(c).setCellValue(v.toString());
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void readsTheFirstSheetWithBanglaTextWholeNumbersAndDates() throws IOException {
    byte[] file = workbook(List.of(
        List.of("নাম", "email", "phone", "guardian consent"),
        List.of("রহিমা খাতুন", "rahima@example.org", 8801711123456L, LocalDate.of(2026, 11, 2)),
        List.of("Karim", "karim@example.org")));
    var rows = read(file);
    assertThat(rows.get(0)).containsExactly("নাম", "email", "phone", "guardian consent");
    assertThat(rows.get(1)).containsExactly("রহিমা খাতুন", "rahima@example.org", "8801711123456", "2026-11-02");
    assertThat(rows.get(2)).containsExactly("Karim", "karim@example.org");
  }

  @Test
  void fillsGapsOfEmptyCellsAndSkipsEmptyRows() throws IOException {
    List<Object> gap = new ArrayList<>();
    gap.add("Anwar");
    gap.add(null);
    gap.add("Dhaka");
    List<Integer> numbers = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    new XlsxSheetReader().read(new ByteArrayInputStream(workbook(List.of(List.of("name", "email", "district"), List.of(), gap))),
        (n, cells) -> {
          numbers.add(n);
          rows.add(cells);
        });
    assertThat(numbers).containsExactly(1, 3);
    assertThat(rows.get(1)).containsExactly("Anwar", "", "Dhaka");
  }

  @Test
  void keepsAFormulaLookingTextCellAsText() throws IOException {
    var rows = read(workbook(List.of(List.of("name"), List.of("=cmd|' /C calc'!A0"))));
    assertThat(rows.get(1)).containsExactly("=cmd|' /C calc'!A0");
  }

  @Test
  void rejectsAZipBombWithAHugeHighlyCompressibleCell() throws IOException {
    byte[] bomb = withSheet(workbook(List.of(List.of("name"), List.of("x"))), out -> {
      out.write(ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
          + "spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"));
      byte[] a = new byte[64 * 1024];
      java.util.Arrays.fill(a, (byte) 'a');
      for (int i = 0; i < 800; i++) { // 50 MB of 'a'
        out.write(a);
      }
      out.write(ascii("</t></is></c></row></sheetData></worksheet>"));
    });
    assertThat(bomb.length).isLessThan(1024 * 1024);
    assertThatThrownBy(() -> read(bomb)).isInstanceOf(BadFile.class).hasMessageContaining("zip bomb");
  }

  @Test
  void rejectsASheetWithMoreRowsThanTheLimit() throws IOException {
    byte[] many = withSheet(workbook(List.of(List.of("name"), List.of("x"))), out -> {
      out.write(ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
          + "spreadsheetml/2006/main\"><sheetData>"));
      for (int r = 1; r <= SheetReader.MAX_ROWS + 5; r++) {
        out.write(ascii("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>P" + r + "</t></is></c></row>"));
      }
      out.write(ascii("</sheetData></worksheet>"));
    });
    int[] seen = {0};
    assertThatThrownBy(() -> new XlsxSheetReader().read(new ByteArrayInputStream(many), (n, cells) -> seen[0]++))
        .isInstanceOf(BadFile.class)
        .hasMessageContaining("more than 200000 rows");
    assertThat(seen[0]).isEqualTo(SheetReader.MAX_ROWS + 1);
  }

  @Test
  void rejectsAFileThatIsNoWorkbook() {
    assertThatThrownBy(() -> read("name,email\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(BadFile.class)
        .hasMessageContaining("not a readable XLSX workbook");
  }

  interface Writer {
    void write(OutputStream out) throws IOException;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /** The workbook with its first sheet's XML replaced by what {@code sheet} writes. */
  static byte[] withSheet(byte[] workbook, Writer sheet) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          sheet.write(out);
        } else {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
