package org.tenaga.people.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.tenaga.people.CertificateReference;
import org.tenaga.people.EarnedQualification;
import org.tenaga.people.Trainer;
import org.tenaga.people.TrainerQualification;
import org.tenaga.people.Venue;
import org.tenaga.platform.api.ApiException;

/** The trainer and venue JSON shapes. */
public final class PeopleViews {

  private PeopleViews() {}

  /** A trainer in a list: where and in which languages they work, and what they may train. */
  public record TrainerView(String id, String code, String fullName, List<String> countries, List<String> languages, List<String> qualifications) {
    public static TrainerView of(Trainer t) {
      return new TrainerView(
          String.valueOf(t.getId()),
          t.getCode(),
          t.getFullName(),
          List.copyOf(t.getCountries()),
          List.copyOf(t.getLanguages()),
          t.getQualifications().stream().map(TrainerQualification::getCourseCode).toList());
    }
  }

  /** The certificate that earned a cascade qualification. */
  public record CertificateView(String serial, String courseCode, LocalDate issuedOn) {
    static CertificateView of(CertificateReference c) {
      return new CertificateView(c.serial(), c.courseCode(), c.issuedOn());
    }
  }

  /**
   * A qualification and how it was earned: {@code source} COORDINATOR (grantedBy is the
   * coordinator's email) or CERTIFICATE (with the certificate; grantedBy is "system").
   */
  public record QualificationView(
      String courseCode, String courseTitle, String source, String grantedBy, OffsetDateTime grantedAt, CertificateView certificate) {
    static QualificationView of(EarnedQualification q) {
      return new QualificationView(
          q.courseCode(), q.courseTitle(), q.source().name(), q.grantedBy(), q.grantedAt(), q.certificate().map(CertificateView::of).orElse(null));
    }
  }

  /** One trainer with contact details and each qualification's history. */
  public record TrainerDetailView(
      String id,
      String code,
      String fullName,
      String email,
      String phone,
      List<String> countries,
      List<String> languages,
      boolean active,
      List<QualificationView> qualifications) {
    static TrainerDetailView of(Trainer t, List<EarnedQualification> qualifications) {
      return new TrainerDetailView(
          String.valueOf(t.getId()),
          t.getCode(),
          t.getFullName(),
          t.getEmail(),
          t.getPhone(),
          List.copyOf(t.getCountries()),
          List.copyOf(t.getLanguages()),
          t.isActive(),
          qualifications.stream().map(QualificationView::of).toList());
    }
  }

  /** A venue, its place and capacity. */
  public record VenueView(String id, String code, String name, String country, String province, String locality, int capacity, String accessibility) {
    public static VenueView of(Venue v) {
      return new VenueView(
          String.valueOf(v.getId()), v.getCode(), v.getName(), v.getCountryCode(), v.getProvinceCode(), v.getLocality().name(), v.getCapacity(), v.getAccessibility());
    }
  }

  /** The body of {@code POST /api/v1/trainers/{id}/qualifications}. */
  public record QualificationRequest(String courseCode) {}

  /** Parses a path id; anything that is not a number names nothing, so it is a 404 too. */
  static Long id(String id, String what) {
    try {
      return Long.valueOf(id);
    } catch (NumberFormatException e) {
      throw ApiException.notFound(what + " " + id);
    }
  }
}
