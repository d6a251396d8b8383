package org.tenaga.people;

import java.time.LocalDate;

/** The certificate behind a qualification earned in the train-the-trainer cascade. */
public record CertificateReference(String serial, String courseCode, LocalDate issuedOn) {}
