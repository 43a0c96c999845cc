package org.redheart.materials.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.junit.jupiter.api.Test;
import org.redheart.safeguarding.api.Category;
import org.redheart.safeguarding.api.CheckInput;
import org.redheart.safeguarding.api.Finding;
import org.redheart.safeguarding.api.ImageMetadata;
import org.redheart.safeguarding.api.SafeguardingCheck;
import org.redheart.safeguarding.api.Severity;

/** A photo's EXIF tag names are read before the file store strips them, and the check flags them. */
class PhotoMetadataTest {

  static byte[] jpeg() throws Exception {
    BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", out);
    return out.toByteArray();
  }

  static byte[] jpegWithGpsAndCamera() throws Exception {
    TiffOutputSet exif = new TiffOutputSet();
    exif.setGpsInDegrees(90.4125, 23.8103);
    TiffOutputDirectory root = exif.getOrCreateRootDirectory();
    root.add(TiffTagConstants.TIFF_TAG_MAKE, "PhoneMaker");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ExifRewriter().updateExifMetadataLossless(jpeg(), out, exif);
    return out.toByteArray();
  }

  @Test
  void readsTheNamesOfTheGpsAndCameraTagsButNotTheirValues() throws Exception {
    List<String> names = PhotoMetadata.tagNames(jpegWithGpsAndCamera());

    assertThat(names).contains("GPSLatitude", "GPSLongitude", "Make");
    assertThat(String.join(",", names)).doesNotContain("23.8").doesNotContain("PhoneMaker");
  }

  @Test
  void thoseNamesMakeAPhotoMetadataFindingOfTheCheck() throws Exception {
    Map<String, String> tags = PhotoMetadata.tagNames(jpegWithGpsAndCamera()).stream()
        .collect(Collectors.toMap(n -> n, n -> "present"));

    List<Finding> findings = SafeguardingCheck.standard()
        .check(new CheckInput("", List.of(new ImageMetadata("rally.jpg", tags)), Set.of()));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.category()).isEqualTo(Category.PHOTO_METADATA);
      assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
      assertThat(f.maskedExcerpt()).contains("rally.jpg").contains("GPS");
    });
  }

  /** A PNG with a tEXt chunk "Author" (a person's name) before IEND. */
  static byte[] pngWithAuthor() throws Exception {
    BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    ImageIO.write(image, "png", plain);
    byte[] png = plain.toByteArray();
    byte[] data = "Author\0Rahima Begum".getBytes(StandardCharsets.ISO_8859_1);
    java.nio.ByteBuffer chunk = java.nio.ByteBuffer.allocate(12 + data.length);
    chunk.putInt(data.length).put("tEXt".getBytes(StandardCharsets.ISO_8859_1)).put(data);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(chunk.array(), 4, 4 + data.length);
    chunk.putInt((int) crc.getValue());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(png, 0, png.length - 12);
    out.write(chunk.array());
    out.write(png, png.length - 12, 12);
    return out.toByteArray();
  }

  @Test
  void readsTheKeywordsOfAPngsTextChunksNotTheirText() throws Exception {
    List<String> names = PhotoMetadata.tagNames(pngWithAuthor());

    assertThat(names).contains("Author");
    assertThat(String.join(",", names)).doesNotContain("Rahima");
  }

  @Test
  void aPhotoWithoutMetadataOrADocumentHasNoTags() throws Exception {
    assertThat(PhotoMetadata.tagNames(jpeg())).isEmpty();
    assertThat(PhotoMetadata.tagNames("%PDF-1.4 not an image".getBytes(StandardCharsets.US_ASCII))).isEmpty();
  }
}
