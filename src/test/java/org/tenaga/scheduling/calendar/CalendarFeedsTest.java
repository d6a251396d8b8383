package org.tenaga.scheduling.calendar;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tenaga.accounts.Role;
import org.tenaga.accounts.UserAccount;
import org.tenaga.people.CountryCode;
import org.tenaga.people.Trainer;

class CalendarFeedsTest {

  static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);

  static Trainer trainer(long id, String country) {
    Trainer t = new Trainer("T" + id, "Trainer " + id, "t" + id + "@trainers.test", null, Set.of(CountryCode.of(country)), Set.of("en"), NOW);
    try {
      Field f = Trainer.class.getDeclaredField("id");
      f.setAccessible(true);
      f.set(t, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return t;
  }

  static UserAccount account(Role role, String... countries) {
    UserAccount a = new UserAccount(role.name().toLowerCase() + "@tenaga.test", "hash", "Someone", EnumSet.of(role), NOW);
    a.scopeToCountries(Set.of(countries));
    return a;
  }

  @Test
  void aTrainersCalendarIsTheirsAndTheirCoordinatorsOnly() {
    Trainer ayu = trainer(1, "ID");
    UserAccount ayuAccount = account(Role.TRAINER);
    ayuAccount.linkTrainer(ayu);
    UserAccount otherTrainer = account(Role.TRAINER);
    otherTrainer.linkTrainer(trainer(2, "ID"));

    assertTrue(CalendarFeeds.mayReadTrainer(ayu, ayuAccount));
    assertFalse(CalendarFeeds.mayReadTrainer(ayu, otherTrainer), "another trainer");
    assertTrue(CalendarFeeds.mayReadTrainer(ayu, account(Role.COORDINATOR, "ID", "PH", "VN")));
    assertFalse(CalendarFeeds.mayReadTrainer(ayu, account(Role.COORDINATOR, "TH", "KH")), "a coordinator elsewhere");
    assertTrue(CalendarFeeds.mayReadTrainer(ayu, account(Role.ADMIN)));
    assertFalse(CalendarFeeds.mayReadTrainer(ayu, account(Role.LEARNER)));
  }
}
