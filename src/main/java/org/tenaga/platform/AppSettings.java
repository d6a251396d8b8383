package org.tenaga.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Facts the installation keeps about itself, by name (the {@code app_setting} table). */
@ApplicationScoped
public class AppSettings {

  @PersistenceContext private EntityManager em;

  public Optional<String> get(String name) {
    return em.createNativeQuery("SELECT setting_value FROM app_setting WHERE setting_name = ?1")
        .setParameter(1, name)
        .getResultStream()
        .findFirst()
        .map(String::valueOf);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void put(String name, String value) {
    int updated =
        em.createNativeQuery("UPDATE app_setting SET setting_value = ?1 WHERE setting_name = ?2")
            .setParameter(1, value)
            .setParameter(2, name)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery("INSERT INTO app_setting (setting_name, setting_value) VALUES (?1, ?2)")
          .setParameter(1, name)
          .setParameter(2, value)
          .executeUpdate();
    }
  }
}
