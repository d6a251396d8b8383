package org.tenaga.certification;

/**
 * Fired synchronously inside the transaction that revokes a certificate, so that whatever must
 * change with a revocation (status list, statistics) commits or rolls back with it.
 */
public record CertificateRevoked(Certificate certificate) {}
