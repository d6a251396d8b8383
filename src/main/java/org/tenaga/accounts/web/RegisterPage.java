package org.tenaga.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.tenaga.accounts.NewLearner;
import org.tenaga.accounts.Registration;
import org.tenaga.platform.api.ApiException;
import org.tenaga.platform.web.Messages;

/** Self-registration: every demographic question can be answered "prefer not to say". */
@Named
@RequestScoped
public class RegisterPage {

  @Inject Registration registration;
  @Inject SecurityContext security;

  private String email;
  private String password;
  private String fullName;
  private String country;
  private String province;
  private String gender = "NOT_STATED";
  private String birthDate;
  private String locality = "NOT_STATED";
  private String sector;
  private String seeing;
  private String hearing;
  private String walking;
  private String cognition;
  private String selfCare;
  private String communication;
  private boolean consent;

  public void register() throws IOException {
    try {
      registration.register(new NewLearner(email, password, fullName, country, province, gender, birthDate, locality, sector,
          new NewLearner.Disability(seeing, hearing, walking, cognition, selfCare, communication), consent));
    } catch (ApiException e) {
      Messages.refused(e);
      return;
    }
    ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
    security.authenticate((HttpServletRequest) ec.getRequest(), (HttpServletResponse) ec.getResponse(),
        AuthenticationParameters.withParams().credential(new UsernamePasswordCredential(email.strip(), password)).newAuthentication(true));
    ec.redirect(ec.getRequestContextPath() + "/learner/index.xhtml");
    FacesContext.getCurrentInstance().responseComplete();
  }

  public String getEmail() { return email; }
  public void setEmail(String v) { email = v; }
  public String getPassword() { return password; }
  public void setPassword(String v) { password = v; }
  public String getFullName() { return fullName; }
  public void setFullName(String v) { fullName = v; }
  public String getCountry() { return country; }
  public void setCountry(String v) { country = v; }
  public String getProvince() { return province; }
  public void setProvince(String v) { province = v; }
  public String getGender() { return gender; }
  public void setGender(String v) { gender = v; }
  public String getBirthDate() { return birthDate; }
  public void setBirthDate(String v) { birthDate = v; }
  public String getLocality() { return locality; }
  public void setLocality(String v) { locality = v; }
  public String getSector() { return sector; }
  public void setSector(String v) { sector = v; }
  public String getSeeing() { return seeing; }
  public void setSeeing(String v) { seeing = v; }
  public String getHearing() { return hearing; }
  public void setHearing(String v) { hearing = v; }
  public String getWalking() { return walking; }
  public void setWalking(String v) { walking = v; }
  public String getCognition() { return cognition; }
  public void setCognition(String v) { cognition = v; }
  public String getSelfCare() { return selfCare; }
  public void setSelfCare(String v) { selfCare = v; }
  public String getCommunication() { return communication; }
  public void setCommunication(String v) { communication = v; }
  public boolean isConsent() { return consent; }
  public void setConsent(boolean v) { consent = v; }
}
