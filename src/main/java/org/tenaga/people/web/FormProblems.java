package org.tenaga.people.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.tenaga.platform.Problem;
import org.tenaga.platform.api.ApiException;
import org.tenaga.platform.web.Messages;

/**
 * Shows a service's refusal on a form: each field's problem beside its input (the service names
 * the field by the input's id), anything else at the top of the page.
 */
final class FormProblems {

  private FormProblems() {}

  static void show(ApiException refusal, String formId) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Map<String, Problem> fields = refusal.fieldProblems();
    if (fields == null || fields.isEmpty()) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.say(refusal.problem()), null));
      return;
    }
    fields.forEach((field, problem) -> {
      String clientId = formId + ":" + field;
      boolean onPage = faces.getViewRoot().findComponent(":" + clientId) != null;
      String text = Messages.say(problem);
      faces.addMessage(onPage ? clientId : null,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, onPage ? text : Messages.fieldLabel(field) + ": " + text, null));
    });
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text("form.problems"), null));
  }

  static void saved(String key, boolean acrossRedirect) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key), null));
    if (acrossRedirect) {
      faces.getExternalContext().getFlash().setKeepMessages(true);
    }
  }

  static String text(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
    return msg.getString(key);
  }

  /** Answers a page request for a record that is unknown (404) or outside the caller's countries (403). */
  static void refusePage(ApiException refusal) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ec = faces.getExternalContext();
    try {
      ec.responseSendError(refusal.status(), refusal.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  /**
   * The record id of a page address; empty when there is none (a new record).
   *
   * @throws ApiException 404 when it is not a number, which names nothing
   */
  static Optional<Long> id(String id, String what) {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.valueOf(id.strip()));
    } catch (NumberFormatException e) {
      throw ApiException.notFound(what + " " + id);
    }
  }
}
