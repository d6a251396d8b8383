package org.tenaga.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.tenaga.platform.InterfaceLanguage;

/**
 * {@code POST /language} from the header's switcher: {@code language} (a code) and {@code back}
 * (the page to return to). A plain form rather than a Faces one, so it works on every page,
 * error pages included, and needs no script. The session cookie is SameSite=Lax, so another
 * site cannot post it for a user.
 */
@WebServlet("/language")
public class LanguageSwitch extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient LanguageChoice choice;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    request.setCharacterEncoding("UTF-8");
    InterfaceLanguage.byCode(request.getParameter("language")).ifPresent(choice::choose);
    String back = request.getParameter("back");
    // 303: the browser fetches the page again with GET, now in the chosen language.
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", request.getContextPath() + (LocalPaths.isLocal(back) ? back : "/index.xhtml"));
  }
}
