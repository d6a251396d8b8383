package org.tenaga.certification;

/** A certificate's stored status; EXPIRED is derived from the expiry date. */
public enum CertificateStatus {
  VALID,
  REVOKED,
  EXPIRED
}
