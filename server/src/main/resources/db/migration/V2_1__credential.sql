-- Module credential: password hashes (Argon2id, PHC string format carrying its parameters).
CREATE TABLE credential_password (
    account_id  UUID PRIMARY KEY,
    hash        VARCHAR(255) NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
