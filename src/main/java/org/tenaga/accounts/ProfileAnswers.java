package org.tenaga.accounts;

/**
 * A learner's answers about themselves as received, before checking: what registration asks and
 * the profile page edits. Every demographic answer may be left out ("prefer not to say").
 */
public record ProfileAnswers(
    String fullName,
    String country,
    String province,
    String gender,
    String birthDate,
    String locality,
    String sector,
    NewLearner.Disability disability) {}
