-- Module directory: organisation units, official accounts, roles, application access rules.
CREATE TABLE directory_unit (
    id          UUID PRIMARY KEY,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    parent_id   UUID REFERENCES directory_unit (id),
    enabled     BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT directory_unit_code_uk UNIQUE (code)
);
CREATE INDEX directory_unit_parent_ix ON directory_unit (parent_id);

CREATE TABLE directory_account (
    id          UUID PRIMARY KEY,
    -- stored lower-case, so the unique constraint is case-insensitive
    email       VARCHAR(254) NOT NULL,
    full_name   VARCHAR(200) NOT NULL,
    phone       VARCHAR(16),
    unit_id     UUID         NOT NULL REFERENCES directory_unit (id),
    status      VARCHAR(16)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT directory_account_email_uk UNIQUE (email),
    CONSTRAINT directory_account_email_lower_ck CHECK (email = LOWER(email))
);
CREATE INDEX directory_account_unit_ix ON directory_account (unit_id);

CREATE TABLE directory_account_role (
    account_id  UUID        NOT NULL REFERENCES directory_account (id) ON DELETE CASCADE,
    role        VARCHAR(40) NOT NULL,
    PRIMARY KEY (account_id, role)
);

CREATE TABLE directory_access_rule (
    id               UUID PRIMARY KEY,
    application_code VARCHAR(40) NOT NULL,
    unit_id          UUID REFERENCES directory_unit (id),
    role             VARCHAR(40)
);
CREATE INDEX directory_access_rule_app_ix ON directory_access_rule (application_code);
