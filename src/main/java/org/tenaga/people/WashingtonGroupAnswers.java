package org.tenaga.people;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import java.util.Objects;

/**
 * The six Washington Group Short Set answers (each optional). A person has a disability when any
 * domain is answered "a lot of difficulty" or "cannot do at all".
 */
@Embeddable
public class WashingtonGroupAnswers {

  @Enumerated(EnumType.STRING)
  @Column(name = "wg_seeing")
  private Difficulty seeing;

  @Enumerated(EnumType.STRING)
  @Column(name = "wg_hearing")
  private Difficulty hearing;

  @Enumerated(EnumType.STRING)
  @Column(name = "wg_walking")
  private Difficulty walking;

  @Enumerated(EnumType.STRING)
  @Column(name = "wg_cognition")
  private Difficulty cognition;

  @Enumerated(EnumType.STRING)
  @Column(name = "wg_self_care")
  private Difficulty selfCare;

  @Enumerated(EnumType.STRING)
  @Column(name = "wg_communication")
  private Difficulty communication;

  protected WashingtonGroupAnswers() {}

  public WashingtonGroupAnswers(
      Difficulty seeing,
      Difficulty hearing,
      Difficulty walking,
      Difficulty cognition,
      Difficulty selfCare,
      Difficulty communication) {
    this.seeing = seeing;
    this.hearing = hearing;
    this.walking = walking;
    this.cognition = cognition;
    this.selfCare = selfCare;
    this.communication = communication;
  }

  public static WashingtonGroupAnswers notAnswered() {
    return new WashingtonGroupAnswers(null, null, null, null, null, null);
  }

  /**
   * YES when any domain is severe; NO when every domain is answered and none is severe;
   * NOT_STATED when no domain is severe and at least one is unanswered.
   */
  public DisabilityStatus status() {
    Difficulty[] all = answers();
    if (Arrays.stream(all).anyMatch(d -> d != null && d.isSevere())) {
      return DisabilityStatus.YES;
    }
    return Arrays.stream(all).allMatch(Objects::nonNull)
        ? DisabilityStatus.NO
        : DisabilityStatus.NOT_STATED;
  }

  private Difficulty[] answers() {
    return new Difficulty[] {seeing, hearing, walking, cognition, selfCare, communication};
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WashingtonGroupAnswers w && Arrays.equals(answers(), w.answers());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(answers());
  }

  public Difficulty getSeeing() {
    return seeing;
  }

  public Difficulty getHearing() {
    return hearing;
  }

  public Difficulty getWalking() {
    return walking;
  }

  public Difficulty getCognition() {
    return cognition;
  }

  public Difficulty getSelfCare() {
    return selfCare;
  }

  public Difficulty getCommunication() {
    return communication;
  }
}
