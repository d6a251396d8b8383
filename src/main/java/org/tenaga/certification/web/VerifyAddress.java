package org.tenaga.certification.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The stable verification address {@code /verify/{code}} (printed as a QR code) shows the verify page. */
@WebServlet("/verify/*")
public class VerifyAddress extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
    String code = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    request.getRequestDispatcher("/verify.xhtml?code=" + java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8)).forward(request, response);
  }
}
