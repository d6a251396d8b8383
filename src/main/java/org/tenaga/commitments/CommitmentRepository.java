package org.tenaga.commitments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.tenaga.platform.SharedReads;

/** Commitments and organisations. */
@ApplicationScoped
public class CommitmentRepository {

  @PersistenceContext private EntityManager em;

  /** Every commitment, shared and read-only (see {@link SharedReads}): never change one read here. */
  public List<Commitment> findAll() {
    return SharedReads.readOnly(em.createNamedQuery("Commitment.findAll", Commitment.class)).getResultList();
  }

  public Optional<Organisation> findOrganisation(String code) {
    return em.createNamedQuery("Organisation.findByCode", Organisation.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public List<Organisation> findAllOrganisations() {
    return em.createNamedQuery("Organisation.findAll", Organisation.class).getResultList();
  }
}
