package org.tenaga.accounts;

import java.util.List;

/** What an admin supplies to create an account. */
public record NewAccount(
    String email, String password, String fullName, List<String> roles, List<String> countries, String organisation) {}
