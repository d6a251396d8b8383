package org.tenaga.catalog;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;

/** An entry of the skills framework (AI literacy, data protection, …). */
@Entity
@Cacheable
@NamedQuery(name = "Skill.findAll", query = "SELECT s FROM Skill s ORDER BY s.name")
public class Skill {

  @Id private String code;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String description;

  protected Skill() {}

  public Skill(String code, String name, String description) {
    this.code = code;
    this.name = name;
    this.description = description;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }
}
