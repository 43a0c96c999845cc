package org.redheart.materials.application;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.tiff.TiffField;
import org.apache.commons.imaging.formats.tiff.TiffImageMetadata;

/**
 * Reads the names of a photo's EXIF tags that carry a value (GPS position, camera make and model,
 * date taken, ...) before the file store strips them, for the safeguarding check. Only the names are
 * kept: the values (a location) are themselves what must not be stored.
 */
final class PhotoMetadata {
  private static final Logger LOG = Logger.getLogger(PhotoMetadata.class.getName());
  static final int MAX_TAGS = 60;

  private PhotoMetadata() {}

  /** The tag names with a value, such as GPSLatitude, Make, Model, DateTimeOriginal (empty for none or not a photo). */
  static List<String> tagNames(byte[] bytes) {
    Set<String> names = new LinkedHashSet<>();
    try {
      ImageMetadata metadata = Imaging.getMetadata(bytes);
      TiffImageMetadata exif = null;
      if (metadata instanceof JpegImageMetadata jpeg) {
        exif = jpeg.getExif();
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
