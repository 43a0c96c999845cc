package org.redheart.platform.application;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;

/**
 * The bundled Noto Sans Bengali (OFL, {@code fonts/OFL.txt}), loaded once and registered with the
 * JVM's graphics environment so that charts can find it by name. It covers Bangla and Latin.
 */
public final class BengaliFont {
  /** The family name Word, LibreOffice and SVG viewers look for. */
  public static final String FAMILY = "Noto Sans Bengali";

  private static final Font FONT = load();

  private BengaliFont() {}

  /** The font at 1 pt; derive the size you need. */
  public static Font font() {
    return FONT;
  }

  private static Font load() {
    try (InputStream in = BengaliFont.class.getResourceAsStream("/fonts/NotoSansBengali-Regular.ttf")) {
      if (in == null) {
        throw new IllegalStateException("fonts/NotoSansBengali-Regular.ttf is missing from the class path");
      }
      Font font = Font.createFont(Font.TRUETYPE_FONT, in);
      GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
      return font;
    } catch (IOException | FontFormatException e) {
      throw new IllegalStateException("the bundled Bengali font could not be loaded", e);
    }
  }
}
