package org.tenaga.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Accounts by email. */
@ApplicationScoped
public class AccountRepository {

  @PersistenceContext private EntityManager em;

  public Optional<UserAccount> findByEmail(String email) {
    return em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
        .setParameter("email", UserAccount.normaliseEmail(email))
        .getResultStream()
        .findFirst();
  }

  public long countAdmins() {
    return em.createNamedQuery("UserAccount.countAdmins", Long.class).getSingleResult();
  }

  public void store(UserAccount account) {
    em.persist(account);
  }
}
