package org.tenaga.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tenaga.platform.Problems;
import org.tenaga.platform.SharedReads;
import org.tenaga.platform.api.ApiException;

/**
 * The catalogue filtered, for the catalogue page and {@code GET /api/v1/courses}: by level,
 * delivery mode, language of teaching, skill and commitment, in the database. A course matches
 * when it has every filter given.
 */
@ApplicationScoped
public class CatalogueSearch {

  @PersistenceContext private EntityManager em;

  /** Each filter is optional (null); {@code language} is a code of {@link Language}. */
  public record Filter(CourseLevel level, DeliveryMode mode, String language, String skill, String commitment) {

    public static final Filter NONE = new Filter(null, null, null, null, null);

    /**
     * The filter of an API request; names as the API writes them ({@code FOUNDATIONAL},
     * {@code IN_PERSON}, {@code id}), case aside.
     *
     * @throws ApiException 400 naming each value that is not one of the catalogue's
     */
    public static Filter parse(String level, String mode, String language, String skill, String commitment) {
      Problems problems = new Problems();
      CourseLevel l = enumOf("level", level, CourseLevel.class, problems);
      DeliveryMode m = enumOf("mode", mode, DeliveryMode.class, problems);
      String lang = blank(language) ? null : language.strip().toLowerCase(Locale.ROOT);
      if (lang != null && Language.byCode(lang).isEmpty()) {
        problems.add("language", "problem.one.of", lang, List.of(Language.values()).stream().map(Language::code).toList().toString());
      }
      if (!problems.isEmpty()) {
        throw ApiException.invalid(problems);
      }
      return new Filter(l, m, lang, blank(skill) ? null : skill.strip(), blank(commitment) ? null : commitment.strip());
    }

    private static <E extends Enum<E>> E enumOf(String field, String value, Class<E> type, Problems problems) {
      if (blank(value)) {
        return null;
      }
      try {
        return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        problems.add(field, "problem.one.of", value.strip(), List.of(type.getEnumConstants()).toString());
        return null;
      }
    }

    private static boolean blank(String s) {
      return s == null || s.isBlank();
    }
  }

  /** The courses matching the filter, by title. */
  public List<Course> search(Filter filter) {
    StringBuilder jpql = new StringBuilder("SELECT c FROM Course c WHERE 1 = 1");
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (filter.level() != null) {
      jpql.append(" AND c.level = :level");
      parameters.put("level", filter.level());
    }
    if (filter.mode() != null) {
      jpql.append(" AND :mode MEMBER OF c.deliveryModes");
      parameters.put("mode", filter.mode());
    }
    if (filter.language() != null) {
      jpql.append(" AND :language MEMBER OF c.languages");
      parameters.put("language", filter.language());
    }
    if (filter.skill() != null) {
      jpql.append(" AND :skill MEMBER OF c.skills");
      parameters.put("skill", filter.skill());
    }
    if (filter.commitment() != null) {
      jpql.append(" AND :commitment MEMBER OF c.commitments");
      parameters.put("commitment", filter.commitment());
    }
    jpql.append(" ORDER BY c.title");
    TypedQuery<Course> query = SharedReads.readOnly(em.createQuery(jpql.toString(), Course.class));
    parameters.forEach(query::setParameter);
    return query.getResultList();
  }

  /** How many courses the catalogue holds. */
  public long count() {
    return em.createQuery("SELECT COUNT(c) FROM Course c", Long.class).getSingleResult();
  }

  /** The languages at least one course is taught in, in {@link Language} order. */
  public List<Language> languagesTaught() {
    List<String> codes = em.createQuery("SELECT DISTINCT l FROM Course c JOIN c.languages l", String.class).getResultList();
    return List.of(Language.values()).stream().filter(l -> codes.contains(l.code())).toList();
  }
}
