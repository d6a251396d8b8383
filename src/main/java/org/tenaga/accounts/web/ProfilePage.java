package org.tenaga.accounts.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import org.tenaga.accounts.CurrentAccount;
import org.tenaga.accounts.NewLearner;
import org.tenaga.accounts.ProfileChange;
import org.tenaga.accounts.ProfileEditing;
import org.tenaga.accounts.TenagaAuthenticationMechanism;
import org.tenaga.people.Difficulty;
import org.tenaga.people.Learner;
import org.tenaga.platform.api.ApiException;
import org.tenaga.platform.web.Messages;

/** A learner's profile page: the registration's questions, answered again whenever they like. */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ProfileEditing editing;
  @Inject transient CurrentAccount current;

  private String email;
  private String fullName;
  private String country;
  private String province;
  private String gender;
  private String birthDate;
  private String locality;
  private String sector;
  private String seeing;
  private String hearing;
  private String walking;
  private String cognition;
  private String selfCare;
  private String communication;

  @PostConstruct
  void load() {
    Learner l = current.requireLearner();
    email = l.getEmail();
    fullName = l.getFullName();
    country = l.getCountryCode();
    province = l.getProvinceCode();
    gender = l.getGender().name();
    birthDate = l.getBirthDate().map(Object::toString).orElse(null);
    locality = l.getLocality().name();
    sector = l.getSector().map(Enum::name).orElse(null);
    var d = l.getDisability();
    seeing = name(d.getSeeing());
    hearing = name(d.getHearing());
    walking = name(d.getWalking());
    cognition = name(d.getCognition());
    selfCare = name(d.getSelfCare());
    communication = name(d.getCommunication());
  }

  private static String name(Difficulty d) {
    return d == null ? null : d.name();
  }

  public void save() throws IOException {
    ProfileEditing.Outcome outcome;
    try {
      outcome = editing.edit(current.require(), new ProfileChange(email, fullName, country, province, gender, birthDate, locality, sector,
          new NewLearner.Disability(seeing, hearing, walking, cognition, selfCare, communication)));
    } catch (ApiException e) {
      Messages.refused(e);
      return;
    }
    ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
    if (outcome.emailChanged()) {
      TenagaAuthenticationMechanism.renameSessionCaller((HttpServletRequest) ec.getRequest(), outcome.learner().getEmail());
    }
    Messages.info(Messages.text("profile.saved"));
    ec.getFlash().setKeepMessages(true);
    ec.redirect(ec.getRequestContextPath() + "/learner/profile.xhtml");
    FacesContext.getCurrentInstance().responseComplete();
  }

  public String getEmail() { return email; }
  public void setEmail(String v) { email = v; }
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
}
