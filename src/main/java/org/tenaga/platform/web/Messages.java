package org.tenaga.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Map;
import java.util.ResourceBundle;
import org.tenaga.platform.Problem;
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

  /** A refusal in the page's language: its message, or each field (by its label) with its problem. */
  public static void refused(ApiException e) {
    Map<String, Problem> fields = e.fieldProblems();
    if (fields == null || fields.isEmpty()) {
      error(say(e.problem()));
      return;
    }
    fields.forEach((field, problem) -> error(fieldLabel(field) + ": " + say(problem)));
  }

  /** A problem in the page's language. */
  public static String say(Problem problem) {
    return problem.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  /**
   * What a field is called on the page ({@code field.<name>} in the bundle); its API name when
   * the bundle has none (an index into a list, "[3].score").
   */
  public static String fieldLabel(String field) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    return bundle.containsKey("field." + field) ? bundle.getString("field." + field) : field;
  }

  /** The current user's message bundle text. */
  public static String text(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
  }

  /**
   * The bundle's text for a key, or what to show when the bundle has none (reference data such as
   * a skill's name, translated in the bundle when it is known there).
   */
  public static String textOr(String key, String otherwise) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    return bundle.containsKey(key) ? bundle.getString(key) : otherwise;
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
