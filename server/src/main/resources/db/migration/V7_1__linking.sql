-- Module linking: an official's account name in each connected application ("tài khoản liên kết")
-- and, per application, what the application is told at sign-in.
CREATE TABLE linking_app_link (
    id                   UUID          PRIMARY KEY,
    account_id           UUID          NOT NULL,
    application_code     VARCHAR(40)   NOT NULL,
    -- the name as the application spells it, released as is
    application_account  VARCHAR(200)  NOT NULL,
    -- lower-case, so one application account name cannot be claimed twice by changing its case
    application_key      VARCHAR(200)  NOT NULL,
    origin               VARCHAR(16)   NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by           VARCHAR(254)  NOT NULL,
    CONSTRAINT linking_app_link_account_uk UNIQUE (account_id, application_code),
    CONSTRAINT linking_app_link_name_uk UNIQUE (application_code, application_key)
);
CREATE INDEX linking_app_link_status_ix ON linking_app_link (status);

CREATE TABLE linking_release_rule (
    application_code       VARCHAR(40)  PRIMARY KEY,
    release                VARCHAR(16)  NOT NULL,
    link_required          BOOLEAN      NOT NULL,
    claim_name             VARCHAR(64)  NOT NULL,
    as_preferred_username  BOOLEAN      NOT NULL
);
