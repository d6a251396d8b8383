package org.tenaga.commitments;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * A commitment's targets: people certified (distinct learners), and the minimum shares (0..1) of
 * women, youth, rural people and people with disabilities among them.
 */
@Embeddable
public class InclusionTargets {

  @Column(name = "target_people", nullable = false)
  private int people;

  @Column(name = "target_women")
  private BigDecimal women;

  @Column(name = "target_youth")
  private BigDecimal youth;

  @Column(name = "target_rural")
  private BigDecimal rural;

  @Column(name = "target_disability")
  private BigDecimal disability;

  protected InclusionTargets() {}

  public InclusionTargets(
      int people, BigDecimal women, BigDecimal youth, BigDecimal rural, BigDecimal disability) {
    if (people < 0) {
      throw new IllegalArgumentException("targets.people must not be negative");
    }
    this.people = people;
    this.women = share("women", women);
    this.youth = share("youth", youth);
    this.rural = share("rural", rural);
    this.disability = share("disability", disability);
  }

  /** Decimals of a share as stored (NUMERIC(5, 4)). */
  private static final int SHARE_SCALE = 4;

  /**
   * A share as the database holds it, so that a commitment reads the same (0.4000, not 0.4)
   * whether it was just loaded from its file or read back — on every instance of a cluster.
   */
  private static BigDecimal share(String name, BigDecimal value) {
    if (value == null) {
      return null;
    }
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("targets." + name + " is a share between 0 and 1");
    }
    if (value.stripTrailingZeros().scale() > SHARE_SCALE) {
      throw new IllegalArgumentException("targets." + name + " has at most " + SHARE_SCALE + " decimals");
    }
    return value.setScale(SHARE_SCALE);
  }

  public int getPeople() {
    return people;
  }

  public BigDecimal getWomen() {
    return women;
  }

  public BigDecimal getYouth() {
    return youth;
  }

  public BigDecimal getRural() {
    return rural;
  }

  public BigDecimal getDisability() {
    return disability;
  }
}
