package org.tenaga.platform.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Every new view starts in the language {@link LanguageChoice} decided. Without it a view starts
 * in Faces' own guess from Accept-Language and takes the template's {@code <f:view locale>} only
 * when it is built for rendering: too late for a view action's messages (the inclusion
 * explorer's refusals) and for Faces' conversion messages of a first request.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

  public LanguageViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    return CDI.current().select(LanguageChoice.class).get().getLocale();
  }
}
