package org.tenaga.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tenaga.catalog.CatalogueLoader;
import org.tenaga.catalog.CatalogueReload;
import org.tenaga.platform.web.Messages;

/** The admin's "reload catalogue" action and its report. */
@Named
@RequestScoped
public class CatalogueAdmin {

  @Inject CatalogueLoader loader;

  private CatalogueReload result;

  public void reload() {
    result = loader.reload();
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                result.problems().isEmpty() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
                Messages.format("admin.catalogue.result", result.loaded(), result.unchanged(), result.problems().size()),
                null));
  }

  public CatalogueReload getResult() {
    return result;
  }

  public String getDirectory() {
    return loader.directory().toString();
  }
}
