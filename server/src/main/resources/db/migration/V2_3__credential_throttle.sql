-- Module credential: brute-force protection (see docs/passwords.md, "Brute-force protection").
-- Failure counters for what was typed at login (the e-mail, whether or not the account exists,
-- so a lock looks the same for unknown names) and for client addresses. subject is
-- 'name:<e-mail>' or 'client:<ip>'.
CREATE TABLE credential_login_throttle (
    subject       VARCHAR(320) PRIMARY KEY,
    account_id    UUID,
    failures      INTEGER      NOT NULL,
    locks         INTEGER      NOT NULL,
    window_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_failure  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX credential_login_throttle_account_ix ON credential_login_throttle (account_id);

-- Browsers that logged in to an account before (device cookie, stored only as its SHA-256),
-- each with its own failure counter, so failures from elsewhere never lock them out.
CREATE TABLE credential_known_device (
    account_id    UUID        NOT NULL,
    token_hash    VARCHAR(64) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen     TIMESTAMP WITH TIME ZONE NOT NULL,
    failures      INTEGER     NOT NULL,
    locks         INTEGER     NOT NULL,
    last_failure  TIMESTAMP WITH TIME ZONE,
    locked_until  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (account_id, token_hash)
);
