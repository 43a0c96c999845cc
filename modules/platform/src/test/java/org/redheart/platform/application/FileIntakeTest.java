package org.redheart.platform.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redheart.platform.api.FileKind;
import org.redheart.platform.api.FileTooLarge;
import org.redheart.platform.api.InvalidInput;

class FileIntakeTest {
  private static final Set<FileKind> IMAGES = Set.of(FileKind.IMAGE);
  private static final Set<FileKind> ANY = Set.of(FileKind.IMAGE, FileKind.DOCUMENT);

  @TempDir Path root;

  @Test
  void refusesADeclaredLengthAboveTheLimitWithoutReadingAByte() throws Exception {
    FileIntake intake = new FileIntake(root, 1000);
    InputStream untouchable = new InputStream() {
      @Override
      public int read() {
        throw new AssertionError("the body was read");
      }
    };
    assertThatThrownBy(() -> intake.take(untouchable, 1001, "big.jpg", IMAGES))
        .isInstanceOf(FileTooLarge.class)
        .hasMessageContaining("1000 bytes");
  }

  @Test
  void stopsReadingAnUndeclaredUploadJustPastTheLimitAndKeepsNothing() throws Exception {
    FileIntake intake = new FileIntake(root, 100_000);
    CountingEndlessStream endless = new CountingEndlessStream();
    assertThatThrownBy(() -> intake.take(endless, -1, "endless.pdf", ANY)).isInstanceOf(FileTooLarge.class);
    assertThat(endless.count).isEqualTo(100_001);
    assertThat(filesUnder(root)).isZero();
  }

  @Test
  void storesAPngNamedPdfAsAPngByItsContent() throws Exception {
    FileIntake.Taken taken = new FileIntake(root, 1_000_000).take(in(TestImages.picture("png")), -1, "report.pdf", ANY);
    assertThat(taken.contentType()).isEqualTo("image/png");
    assertThat(taken.name()).isEqualTo("report.png");
    assertThat(taken.storageName()).startsWith("files/").doesNotContain("report");
    assertThat(Files.exists(root.resolve(taken.storageName()))).isTrue();
  }

  @Test
  void refusesAPngNamedPdfWhereOnlyDocumentsAreAccepted() throws Exception {
    FileIntake intake = new FileIntake(root, 1_000_000);
    assertThatThrownBy(() -> intake.take(in(TestImages.picture("png")), -1, "report.pdf", Set.of(FileKind.DOCUMENT)))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("report.pdf")
        .hasMessageContaining("image/png")
        .hasMessageContaining("accepted here");
    assertThat(filesUnder(root)).isZero();
  }

  @Test
  void refusesALinuxExecutableNamedPhotoJpg() throws Exception {
    FileIntake intake = new FileIntake(root, 1_000_000);
    assertThatThrownBy(() -> intake.take(in(TestImages.elfExecutable()), -1, "photo.jpg", ANY))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("executable");
    assertThat(filesUnder(root)).isZero();
  }

  @Test
  void refusesAWindowsExecutableNamedPhotoJpg() throws Exception {
    FileIntake intake = new FileIntake(root, 1_000_000);
    assertThatThrownBy(() -> intake.take(in(TestImages.windowsExecutable()), -1, "photo.jpg", IMAGES))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("executable");
  }

  @Test
  void removesTheGpsPositionFromAPhoto() throws Exception {
    byte[] photo = TestImages.jpegWithGps();
    JpegImageMetadata before = (JpegImageMetadata) Imaging.getMetadata(photo);
    assertThat(before.getExif().getGpsInfo()).as("the fixture carries GPS").isNotNull();

    FileIntake.Taken taken = new FileIntake(root, 1_000_000).take(in(photo), photo.length, "dhaka.jpg", IMAGES);

    byte[] stored = Files.readAllBytes(root.resolve(taken.storageName()));
    var after = Imaging.getMetadata(stored);
    assertThat(after == null || ((JpegImageMetadata) after).getExif() == null).as("no EXIF left").isTrue();
    assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
    assertThat(ImageIO.read(new ByteArrayInputStream(stored)).getWidth()).isEqualTo(64);
    assertThat(taken.size()).isEqualTo(stored.length).isLessThan(photo.length);
    assertThat(taken.sha256()).hasSize(64);
  }

  @Test
  void removesTextChunksFromAPng() throws Exception {
    byte[] png = TestImages.pngWithText();
    assertThat(new String(png, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("Rahima");
    FileIntake.Taken taken = new FileIntake(root, 1_000_000).take(in(png), -1, "poster.png", IMAGES);
    byte[] stored = Files.readAllBytes(root.resolve(taken.storageName()));
    assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Rahima").doesNotContain("tEXt");
    assertThat(ImageIO.read(new ByteArrayInputStream(stored)).getHeight()).isEqualTo(48);
  }

  @Test
  void recognisesAWordDocumentByItsParts() throws Exception {
    byte[] docx = new DefaultDocuments().docx(new org.redheart.platform.api.Documents.Document("Notes", java.util.List.of()));
    FileIntake.Taken taken = new FileIntake(root, 1_000_000).take(in(docx), -1, "notes", Set.of(FileKind.DOCUMENT));
    assertThat(taken.contentType()).isEqualTo(ContentTypes.DOCX);
    assertThat(taken.name()).isEqualTo("notes.docx");
  }

  @Test
  void refusesAPlainZipNamedDocx() throws Exception {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip)) {
      z.putNextEntry(new ZipEntry("run.sh"));
      z.write("echo hi".getBytes());
    }
    FileIntake intake = new FileIntake(root, 1_000_000);
    assertThatThrownBy(() -> intake.take(in(zip.toByteArray()), -1, "minutes.docx", Set.of(FileKind.DOCUMENT)))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("application/zip");
  }

  @Test
  void refusesAnEmptyUpload() throws Exception {
    assertThatThrownBy(() -> new FileIntake(root, 1000).take(in(new byte[0]), 0, "x.png", IMAGES))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("empty");
  }

  private static InputStream in(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  private static long filesUnder(Path dir) throws Exception {
    try (var paths = Files.walk(dir)) {
      return paths.filter(Files::isRegularFile).count();
    }
  }

  /** An upload that never ends, counting what was read. */
  private static final class CountingEndlessStream extends InputStream {
    long count;

    @Override
    public int read() {
      count++;
      return 'x';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      java.util.Arrays.fill(b, off, off + len, (byte) 'x');
      count += len;
      return len;
    }
  }
}
