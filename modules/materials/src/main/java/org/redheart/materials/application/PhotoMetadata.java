package org.redheart.materials.application;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.GenericImageMetadata;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.png.PngImageMetadata;
import org.apache.commons.imaging.formats.tiff.TiffField;
import org.apache.commons.imaging.formats.tiff.TiffImageMetadata;
import org.apache.commons.imaging.formats.webp.WebPImageMetadata;

/**
 * Reads the names of a photo's EXIF tags that carry a value (GPS position, camera make and model,
 * date taken, ...; JPEG, PNG with its text chunks' keywords, WebP) before the file store strips them, for the safeguarding check. Only the names are
 * kept: the values (a location) are themselves what must not be stored.
 */
final class PhotoMetadata {
  private static final Logger LOG = Logger.getLogger(PhotoMetadata.class.getName());
  static final int MAX_TAGS = 60;

  private PhotoMetadata() {}

  /** PNG text chunks: their keywords ("Author", "Location", "Creation Time"), not their text. */
  private static void textKeywords(ImageMetadata text, Set<String> names) {
    if (text == null) {
      return;
    }
    for (ImageMetadata.ImageMetadataItem item : text.getItems()) {
      if (item instanceof GenericImageMetadata.GenericImageMetadataItem generic && generic.getText() != null
          && !generic.getText().isBlank() && names.size() < MAX_TAGS) {
        String keyword = generic.getKeyword() == null ? "" : generic.getKeyword().replaceAll("[^A-Za-z0-9]", "");
        if (!keyword.isEmpty()) {
          names.add(keyword);
        }
      }
    }
  }

  /** The tag names with a value, such as GPSLatitude, Make, Model, DateTimeOriginal (empty for none or not a photo). */
  static List<String> tagNames(byte[] bytes) {
    Set<String> names = new LinkedHashSet<>();
    try {
      ImageMetadata metadata = Imaging.getMetadata(bytes);
      TiffImageMetadata exif = null;
      if (metadata instanceof JpegImageMetadata jpeg) {
        exif = jpeg.getExif();
      } else if (metadata instanceof PngImageMetadata png) {
        exif = png.getExif();
        textKeywords(png.getTextualInformation(), names);
      } else if (metadata instanceof WebPImageMetadata webp) {
        exif = webp.getExif();
      } else if (metadata instanceof TiffImageMetadata tiff) {
        exif = tiff;
      }
      if (exif != null) {
        for (TiffField field : exif.getAllFields()) {
          String name = field.getTagName();
          if (name != null && !name.isBlank() && field.getValue() != null && names.size() < MAX_TAGS) {
            names.add(name.replaceAll("[^A-Za-z0-9]", ""));
          }
        }
        if (exif.getGpsInfo() != null) {
          names.add("GPSLatitude");
          names.add("GPSLongitude");
        }
      }
    } catch (Exception | LinkageError e) {
      // not an image commons-imaging reads (a PDF, a WebP): no tags to check
      LOG.fine(() -> "no readable metadata: " + e);
    }
    return new ArrayList<>(names);
  }
}
