package org.tenaga.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks email and password against the accounts. Unknown email and wrong password fail alike,
 * and an unknown email still costs one hash, so timing does not reveal which accounts exist.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject AccountRepository accounts;
  @Inject PasswordHasher hasher;

  private volatile String decoyHash;

  @Override
  @Transactional
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    String password = login.getPasswordAsString();
    Optional<UserAccount> account = accounts.findByEmail(login.getCaller()).filter(UserAccount::isActive);
    if (account.isEmpty()) {
      hasher.matches(password, decoyHash());
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (!hasher.matches(password, account.get().getPasswordHash())) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(account.get().getEmail(), groupsOf(account.get()));
  }

  static Set<String> groupsOf(UserAccount account) {
    return account.getRoles().stream().map(Role::name).collect(Collectors.toSet());
  }

  private String decoyHash() {
    if (decoyHash == null) {
      decoyHash = hasher.hash("decoy-password-never-matches");
    }
    return decoyHash;
  }
}
