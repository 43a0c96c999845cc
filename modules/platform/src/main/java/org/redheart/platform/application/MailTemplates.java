package org.redheart.platform.application;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.domain.RenderedMail;

/**
 * Mail templates in Pebble, under {@code mail/<template>/<language>.{subject,txt,html}.peb} on the
 * class path. HTML is auto-escaped; subject and text are not (they are plain text); a variable
 * missing from the model is an error, not an empty string.
 */
public final class MailTemplates {
  public static final Set<String> LANGUAGES = Set.of("en", "bn");

  private final PebbleEngine html;
  private final PebbleEngine plain;

  public MailTemplates() {
    this.html = engine(true);
    this.plain = engine(false);
  }

  private static PebbleEngine engine(boolean escape) {
    ClasspathLoader loader = new ClasspathLoader(MailTemplates.class.getClassLoader());
    loader.setPrefix("mail");
    return new PebbleEngine.Builder()
        .loader(loader)
        .autoEscaping(escape)
        .defaultEscapingStrategy("html")
        .strictVariables(true)
        .newLineTrimming(false)
        .build();
  }

  /** @throws InvalidInput for an unknown template or language, or a model the template cannot use */
  public RenderedMail render(String template, String language, Map<String, Object> model) {
    if (language == null || !LANGUAGES.contains(language)) {
      throw new InvalidInput("language", "must be one of " + LANGUAGES);
    }
    if (template == null || !template.matches("[a-z0-9-]{1,60}")) {
      throw new InvalidInput("template", "is not a template name");
    }
    Map<String, Object> context = new HashMap<>(model == null ? Map.of() : model);
    context.put("lang", language);
    String base = template + "/" + language;
    PebbleTemplate subjectTemplate;
    PebbleTemplate textTemplate;
    PebbleTemplate htmlTemplate;
    try {
      subjectTemplate = plain.getTemplate(base + ".subject.peb");
      textTemplate = plain.getTemplate(base + ".txt.peb");
      htmlTemplate = html.getTemplate(base + ".html.peb");
    } catch (LoaderException e) {
      throw new InvalidInput("template", "no template " + template + " in language " + language);
    }
    try {
      String subject = write(subjectTemplate, context).replaceAll("[\\r\\n\\t]+", " ").strip();
      context.put("title", subject);
      return new RenderedMail(subject, write(textTemplate, context), write(htmlTemplate, context));
    } catch (PebbleException e) {
      throw new InvalidInput("model", "does not fit template " + template + ": " + e.getPebbleMessage());
    }
  }

  private static String write(PebbleTemplate template, Map<String, Object> context) {
    StringWriter out = new StringWriter();
    try {
      template.evaluate(out, context);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
