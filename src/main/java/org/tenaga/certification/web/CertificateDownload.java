package org.tenaga.certification.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.certification.CertificateDocuments;
import org.tenaga.platform.api.ApiException;

/**
 * {@code /certificates/{code}.pdf} and {@code .json}: the certificate PDF and its signed Open
 * Badges credential for a logged-in page session (the API
 * takes HTTP Basic only, so pages cannot link there). Who gets it is decided where the API's
 * answer is decided, in {@link CertificateDocuments}.
 */
@WebServlet("/certificates/*")
public class CertificateDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient CertificateDocuments documents;
  @Inject transient CurrentAccount caller;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    if (!path.matches("/[^/]+\\.(pdf|json)")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    boolean pdf = path.endsWith(".pdf");
    String code = path.substring(1, path.lastIndexOf('.'));
    CertificateDocuments.File file;
    try {
      file = pdf ? documents.pdf(code, caller.require()) : documents.credential(code, caller.require());
    } catch (ApiException refused) {
      response.sendError(refused.status(), refused.getMessage());
      return;
    }
    response.setContentType(file.contentType());
    response.setHeader("Content-Disposition", file.contentDisposition());
    response.setHeader("Cache-Control", file.cacheControl());
    response.setContentLength(file.content().length);
    response.getOutputStream().write(file.content());
  }
}
