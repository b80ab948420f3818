-- Module citizen: consents and registry verification attempts.
-- citizen_consent: one row per consent a citizen gave (Law 91/2025/QH15 on personal data: consent must
-- be verifiable and kept): who, when, which text version, for what purpose, which data items.
CREATE TABLE citizen_consent (
    id              UUID          PRIMARY KEY,
    account_id      UUID          NOT NULL REFERENCES citizen_account (id),
    purpose         VARCHAR(64)   NOT NULL,
    text_version    VARCHAR(32)   NOT NULL,
    data_items      VARCHAR(200)  NOT NULL,
    given_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    client_ip       VARCHAR(64)
);
CREATE INDEX citizen_consent_account_ix ON citizen_consent (account_id, given_at);

-- citizen_verification_attempt: every registry verification that got an answer (MATCH / NO_MATCH), for
-- the per-account rate limit and the clean-up reports. Numbers are not stored here (masked in the audit).
CREATE TABLE citizen_verification_attempt (
    id              UUID          PRIMARY KEY,
    account_id      UUID          NOT NULL REFERENCES citizen_account (id),
    outcome         VARCHAR(16)   NOT NULL,
    attempted_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX citizen_verification_attempt_account_ix ON citizen_verification_attempt (account_id, attempted_at);
