package org.tenaga.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tenaga.accounts.AccountService;
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.accounts.UserAccount;
import org.tenaga.platform.InterfaceLanguage;

/**
 * The language of the pages in this browser session. A logged-in user's stored choice wins; then
 * what was chosen in the header during the session; then the browser's Accept-Language; then
 * English. The template sets the view's locale from here, so every page, message and format
 * follows one decision.
 */
@Named
@SessionScoped
public class LanguageChoice implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentAccount current;
  @Inject AccountService accounts;
  @Inject HttpServletRequest request;

  private InterfaceLanguage language;
  /** The account whose stored choice was last applied: a login or another account applies its own. */
  private Long accountApplied;

  public InterfaceLanguage getLanguage() {
    Optional<UserAccount> account = current.get();
    Long id = account.map(UserAccount::getId).orElse(null);
    if (language == null || !Objects.equals(id, accountApplied)) {
      accountApplied = id;
      language = account.flatMap(UserAccount::getPreferredLanguage).orElse(language != null ? language : fromBrowser());
    }
    return language;
  }

  /** The view's locale, for {@code <f:view locale>}. */
  public Locale getLocale() {
    return getLanguage().locale();
  }

  /** The BCP 47 tag, for {@code <html lang>}. */
  public String getCode() {
    return getLanguage().code();
  }

  /**
   * The locale code for PrimeFaces' calendar widgets (FullCalendar): English for English and for
   * Filipino, which FullCalendar lacks and whose readers read calendars in English. PrimeFaces
   * parses the code as a Java locale, so "en-gb" is refused (the calendar page failed with 500).
   */
  public String getWidgetLocale() {
    return switch (getLanguage()) {
      case EN, FIL -> "en";
      default -> getLanguage().code();
    };
  }

  public List<InterfaceLanguage> getLanguages() {
    return Arrays.asList(InterfaceLanguage.values());
  }

  /** The header's choice: kept for the session and, for a logged-in user, in their account. */
  public void choose(InterfaceLanguage chosen) {
    language = chosen;
    current.get().ifPresent(a -> {
      accountApplied = a.getId();
      accounts.preferLanguage(a.getId(), chosen);
    });
  }

  /**
   * Where the switcher returns to: this page with its parameters. After a postback the address
   * has lost them, so they are rebuilt from the view's parameters; an error page returns to the
   * address that failed.
   */
  public String getReturnPath() {
    String context = request.getContextPath();
    Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (failed instanceof String uri) {
      return withoutContext(uri, context);
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null && faces.isPostback() && faces.getViewRoot() != null) {
      String url = faces.getApplication().getViewHandler().getBookmarkableURL(faces, faces.getViewRoot().getViewId(), Map.of(), true);
      return withoutContext(url, context);
    }
    String path = withoutContext(request.getRequestURI(), context);
    return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
  }

  private static String withoutContext(String uri, String context) {
    return uri.startsWith(context) ? uri.substring(context.length()) : uri;
  }

  /** Accept-Language read here rather than by the container, which answers its own default locale when the header is missing. */
  private InterfaceLanguage fromBrowser() {
    String header = request.getHeader("Accept-Language");
    if (header == null || header.isBlank()) {
      return InterfaceLanguage.EN;
    }
    try {
      List<Locale> accepted = Locale.LanguageRange.parse(header).stream()
          .filter(r -> r.getWeight() > 0)
          .map(r -> Locale.forLanguageTag(r.getRange()))
          .toList();
      return InterfaceLanguage.bestFor(accepted);
    } catch (IllegalArgumentException malformed) {
      return InterfaceLanguage.EN;
    }
  }
}
