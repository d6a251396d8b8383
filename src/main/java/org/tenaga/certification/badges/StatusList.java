package org.tenaga.certification.badges;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The current signed BitstringStatusListCredential of one list, as published. */
@Entity
@Table(name = "status_list")
public class StatusList {

  @Id
  @Column(name = "list_number")
  private int number;

  @Column(nullable = false)
  private String credential;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected StatusList() {}

  StatusList(int number) {
    this.number = number;
  }

  void publish(String signedCredential, OffsetDateTime at) {
    this.credential = signedCredential;
    this.updatedAt = at;
  }

  public int getNumber() {
    return number;
  }

  public String getCredential() {
    return credential;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }
}
