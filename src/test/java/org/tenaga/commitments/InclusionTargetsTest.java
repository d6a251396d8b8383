package org.tenaga.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Shares read the same however they were written: with the four decimals the database keeps. */
class InclusionTargetsTest {

  @Test
  void sharesTakeTheStoredScale() {
    InclusionTargets t = new InclusionTargets(100, new BigDecimal("0.4"), new BigDecimal("0.3500"), BigDecimal.ONE, null);
    assertEquals("0.4000", t.getWomen().toPlainString());
    assertEquals("0.3500", t.getYouth().toPlainString());
    assertEquals("1.0000", t.getRural().toPlainString());
    assertNull(t.getDisability());
  }

  @Test
  void aShareOutsideZeroToOneOrFinerThanTheStoreIsRefusedByName() {
    assertEquals("targets.women is a share between 0 and 1",
        assertThrows(IllegalArgumentException.class, () -> new InclusionTargets(1, new BigDecimal("1.2"), null, null, null)).getMessage());
    assertEquals("targets.youth has at most 4 decimals",
        assertThrows(IllegalArgumentException.class, () -> new InclusionTargets(1, null, new BigDecimal("0.33333"), null, null)).getMessage());
    assertEquals("0.3330", new InclusionTargets(1, null, new BigDecimal("0.33300"), null, null).getYouth().toPlainString());
  }
}
