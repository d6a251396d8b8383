package org.tenaga.platform.seed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.tenaga.catalog.Skill;
import org.tenaga.commitments.Commitment;
import org.tenaga.commitments.InclusionTargets;
import org.tenaga.commitments.Organisation;
import org.tenaga.commitments.OrganisationType;
import org.tenaga.people.Country;
import org.tenaga.people.CountryCode;
import org.tenaga.people.Province;

/**
 * Countries, provinces, skills, organisations and commitments: what every installation needs,
 * demo or not. Loaded once into an empty database, in one transaction.
 */
@ApplicationScoped
public class ReferenceDataLoader {

  private static final Logger LOG = Logger.getLogger(ReferenceDataLoader.class.getName());

  @PersistenceContext private EntityManager em;

  public boolean isLoaded() {
    return em.createQuery("SELECT COUNT(c) FROM Country c", Long.class).getSingleResult() > 0;
  }

  @Transactional
  public void loadIfEmpty() {
    if (isLoaded()) {
      return;
    }
    for (CsvFile.Row r : CsvFile.read("countries.csv").rows()) {
      em.persist(new Country(r.required("code"), r.required("name"), zone(r)));
    }
    em.flush();
    for (CsvFile.Row r : CsvFile.read("provinces.csv").rows()) {
      em.persist(new Province(r.required("code"), CountryCode.of(r.required("country")), r.required("name")));
    }
    for (CsvFile.Row r : CsvFile.read("skills.csv").rows()) {
      em.persist(new Skill(r.required("code"), r.required("name"), r.required("description")));
    }
    Map<String, Organisation> organisations = new HashMap<>();
    for (CsvFile.Row r : CsvFile.read("organisations.csv").rows()) {
      Organisation o =
          new Organisation(
              r.required("code"),
              r.required("name"),
              r.enumValue("type", OrganisationType.class),
              r.optional("country"));
      em.persist(o);
      organisations.put(o.getCode(), o);
    }
    int commitments = loadCommitments(organisations);
    em.flush();
    LOG.info("Reference data loaded: " + organisations.size() + " organisations, " + commitments + " commitments");
  }

  private static ZoneId zone(CsvFile.Row r) {
    try {
      return ZoneId.of(r.required("timeZone"));
    } catch (RuntimeException e) {
      throw r.problem("timeZone", "is not an IANA time zone");
    }
  }

  private int loadCommitments(Map<String, Organisation> organisations) {
    Object yaml;
    try (InputStream in = SeedFiles.open("commitments.yaml")) {
      yaml = new Load(LoadSettings.builder().setLabel("commitments.yaml").build()).loadFromInputStream(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!(yaml instanceof List<?> entries)) {
      throw new SeedException("commitments.yaml: must be a list of commitments");
    }
    int n = 0;
    for (Object entry : entries) {
      n++;
      if (!(entry instanceof Map<?, ?> c)) {
        throw new SeedException("commitments.yaml entry " + n + ": must be a mapping");
      }
      String where = "commitments.yaml entry " + n + " (" + c.get("code") + ")";
      Map<?, ?> targets = (Map<?, ?>) require(c, "targets", where);
      Set<Organisation> funders = new LinkedHashSet<>();
      for (Object code : (List<?>) require(c, "fundedBy", where)) {
        Organisation o = organisations.get(String.valueOf(code));
        if (o == null) {
          throw new SeedException(where + ", fundedBy: unknown organisation '" + code + "'");
        }
        funders.add(o);
      }
      Set<String> countries = new LinkedHashSet<>();
      for (Object cc : (List<?>) require(c, "countries", where)) {
        countries.add(CountryCode.of(String.valueOf(cc)).value());
      }
      em.persist(
          new Commitment(
              String.valueOf(require(c, "code", where)),
              String.valueOf(require(c, "title", where)),
              String.valueOf(require(c, "source", where)),
              String.valueOf(require(c, "description", where)).strip(),
              LocalDate.parse(String.valueOf(require(c, "periodStart", where))),
              LocalDate.parse(String.valueOf(require(c, "periodEnd", where))),
              new InclusionTargets(
                  ((Number) require(targets, "people", where)).intValue(),
                  share(targets.get("women")),
                  share(targets.get("youth")),
                  share(targets.get("rural")),
                  share(targets.get("disability"))),
              funders,
              countries));
    }
    return n;
  }

  private static Object require(Map<?, ?> map, String key, String where) {
    Object v = map.get(key);
    if (v == null) {
      throw new SeedException(where + ", " + key + ": is required");
    }
    return v;
  }

  private static BigDecimal share(Object v) {
    return v == null ? null : new BigDecimal(String.valueOf(v));
  }
}
