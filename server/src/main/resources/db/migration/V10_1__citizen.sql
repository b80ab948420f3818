-- Module citizen: citizen accounts. verified_pin is unique (one person = one account); claimed_pin
-- is only what somebody typed and is never used to link accounts. Identity numbers are stored in
-- full (the registry and e-ID need them) and masked everywhere they are shown.
CREATE TABLE citizen_account (
    id              UUID          PRIMARY KEY,
    -- legacy portal user name, lower-case; NULL for accounts made from an e-ID login
    username        VARCHAR(64),
    full_name       VARCHAR(200)  NOT NULL,
    birth_date      DATE,
    verified_pin    VARCHAR(12),
    claimed_pin     VARCHAR(12),
    cmnd            VARCHAR(12),
    email           VARCHAR(254),
    phone           VARCHAR(16),
    source          VARCHAR(16)   NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    ial             SMALLINT,
    merged_into     UUID REFERENCES citizen_account (id),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    verified_at     TIMESTAMP WITH TIME ZONE,
    last_login_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT citizen_account_username_uk UNIQUE (username),
    CONSTRAINT citizen_account_verified_pin_uk UNIQUE (verified_pin),
    CONSTRAINT citizen_account_username_lower_ck CHECK (username = LOWER(username))
);
CREATE INDEX citizen_account_claimed_pin_ix ON citizen_account (claimed_pin);
CREATE INDEX citizen_account_name_birth_ix ON citizen_account (full_name, birth_date);
CREATE INDEX citizen_account_status_ix ON citizen_account (status);
