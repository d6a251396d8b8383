package org.tenaga.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Map;
import org.tenaga.platform.api.ApiException;

/** Puts refusals on the page: one message per problem, naming the field. */
public final class Messages {

  private Messages() {}

  public static void info(String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  public static void error(String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /** A refusal: its message, and each field with its problem. */
  public static void refused(ApiException e) {
    Map<String, String> fields = e.fields();
    if (fields == null || fields.isEmpty()) {
      error(e.getMessage());
      return;
    }
    fields.forEach((field, problem) -> error(field + ": " + problem));
  }

  /** The current user's message bundle text. */
  public static String text(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
  }

  /**
   * A bundle text with its placeholders filled, numbers and dates written the way the page's
   * language writes them (MessageFormat's static format would use the server's locale).
   */
  public static String format(String key, Object... args) {
    if (args.length == 0) {
      return text(key);
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    return new MessageFormat(text(key), faces.getViewRoot().getLocale()).format(args);
  }

  /** An informational message from the bundle. */
  public static void infoKey(String key, Object... args) {
    info(format(key, args));
  }

  /** An error message from the bundle. */
  public static void errorKey(String key, Object... args) {
    error(format(key, args));
  }
}
