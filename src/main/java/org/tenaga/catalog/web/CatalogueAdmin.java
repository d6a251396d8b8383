package org.tenaga.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tenaga.catalog.CatalogueLoader;
import org.tenaga.catalog.CatalogueReload;

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
                result.loaded() + " loaded, " + result.unchanged() + " unchanged, " + result.problems().size() + " skipped",
                null));
  }

  public CatalogueReload getResult() {
    return result;
  }

  public String getDirectory() {
    return loader.directory().toString();
  }
}
