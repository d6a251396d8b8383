-- Open Badges 3.0: the installation's Ed25519 signing keys (made on first start, never in the
-- repository) and the signed Bitstring Status Lists that tell any verifier of a revocation.
CREATE TABLE signing_key (
  key_number   INTEGER      PRIMARY KEY,
  public_key   VARCHAR(200) NOT NULL,
  private_key  VARCHAR(200) NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE status_list (
  list_number  INTEGER PRIMARY KEY,
  credential   TEXT    NOT NULL,
  updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
