-- Module credential: default passwords that must be changed, and the password history the
-- policy checks (no reuse of the last passwords).
ALTER TABLE credential_password ADD COLUMN must_change BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE credential_password_history (
    account_id  UUID         NOT NULL,
    hash        VARCHAR(255) NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX credential_password_history_account_ix ON credential_password_history (account_id, changed_at);
