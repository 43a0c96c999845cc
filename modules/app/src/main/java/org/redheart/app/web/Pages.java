package org.redheart.app.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.redheart.platform.api.InvalidInput;

/** Small helpers shared by the backing beans: messages, field errors, redirects. */
public final class Pages {
  private Pages() {}

  /** A path inside the app to go back to; anything else (absolute, protocol-relative) becomes "/". */
  public static String safeNext(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
        || next.contains("\r") || next.contains("\n") || next.length() > 500) {
      return "/";
    }
    return next;
  }

  public static String text(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    try {
      String pattern = bundle.getString(key);
      return args.length == 0 ? pattern : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(args);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  public static void info(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }

  public static void error(String message) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

  /**
   * Shows each field error next to its input: {@code clientIds} maps a field name to the input's
   * client id; errors of other fields become global messages.
   */
  public static void fieldErrors(InvalidInput e, Map<String, String> clientIds) {
    FacesContext faces = FacesContext.getCurrentInstance();
    e.fieldErrors().forEach((field, message) -> {
      String label = text("field." + field);
      String clientId = clientIds.get(field);
      FacesMessage m = new FacesMessage(FacesMessage.SEVERITY_ERROR, label + ": " + message, null);
      faces.addMessage(clientId, m);
      if (clientId == null) {
        faces.validationFailed();
      }
    });
    faces.validationFailed();
  }

  public static void redirect(String path) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void notFound() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(404, "Not found");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  public static void forbidden(String message) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(403, message);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
