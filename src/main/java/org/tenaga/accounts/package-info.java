/**
 * Accounts and roles: who may log in (PBKDF2-hashed passwords), with which roles, coordinator
 * country scopes and donor organisations; form login for pages, HTTP Basic for the API.
 */
package org.tenaga.accounts;
