-- Module oidc: registered applications (OIDC clients), authorizations and tokens, consents,
-- signing keys, and the durable queue of back-channel logout deliveries.
CREATE TABLE oidc_client (
    client_id                 VARCHAR(40)   PRIMARY KEY,
    name                      VARCHAR(200)  NOT NULL,
    client_type               VARCHAR(16)   NOT NULL,
    -- SHA-256 of a generated 256-bit secret (hex); NULL for public clients
    secret_digest             VARCHAR(64),
    redirect_uris             VARCHAR(4000) NOT NULL,
    post_logout_redirect_uris VARCHAR(4000) NOT NULL,
    backchannel_logout_uri    VARCHAR(2000),
    initiate_login_uri        VARCHAR(2000),
    scopes                    VARCHAR(400)  NOT NULL,
    first_party               BOOLEAN       NOT NULL,
    offline_access            BOOLEAN       NOT NULL,
    client_credentials        BOOLEAN       NOT NULL,
    access_token_seconds      INTEGER       NOT NULL,
    refresh_token_seconds     INTEGER       NOT NULL,
    enabled                   BOOLEAN       NOT NULL,
    created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One grant: the serialized OAuth2Authorization plus the indexed columns the endpoints look up
-- by. Token values are looked up by their SHA-256, so an index never holds a usable token.
CREATE TABLE oidc_authorization (
    id                  VARCHAR(100) PRIMARY KEY,
    client_id           VARCHAR(100) NOT NULL,
    principal_name      VARCHAR(200) NOT NULL,
    grant_type          VARCHAR(100) NOT NULL,
    sid                 VARCHAR(100),
    state_hash          VARCHAR(64),
    code_hash           VARCHAR(64),
    access_token_hash   VARCHAR(64),
    refresh_token_hash  VARCHAR(64),
    id_token_hash       VARCHAR(64),
    offline             BOOLEAN      NOT NULL,
    expires_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    data                BYTEA        NOT NULL
);
CREATE INDEX oidc_authorization_state_ix ON oidc_authorization (state_hash);
CREATE INDEX oidc_authorization_code_ix ON oidc_authorization (code_hash);
CREATE INDEX oidc_authorization_access_ix ON oidc_authorization (access_token_hash);
CREATE INDEX oidc_authorization_refresh_ix ON oidc_authorization (refresh_token_hash);
CREATE INDEX oidc_authorization_id_token_ix ON oidc_authorization (id_token_hash);
CREATE INDEX oidc_authorization_sid_ix ON oidc_authorization (sid);
CREATE INDEX oidc_authorization_expires_ix ON oidc_authorization (expires_at);

-- Refresh tokens replaced by rotation: presenting one again is a replay and revokes the grant.
CREATE TABLE oidc_retired_refresh_token (
    token_hash        VARCHAR(64)  PRIMARY KEY,
    authorization_id  VARCHAR(100) NOT NULL,
    expires_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE oidc_consent (
    client_id       VARCHAR(100) NOT NULL,
    principal_name  VARCHAR(200) NOT NULL,
    authorities     VARCHAR(1000) NOT NULL,
    granted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (client_id, principal_name)
);

CREATE TABLE oidc_signing_key (
    kid           VARCHAR(64)   PRIMARY KEY,
    algorithm     VARCHAR(16)   NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    -- the full JWK (private part included), AES-256-GCM encrypted with the master key, base64
    encrypted_jwk VARCHAR(8000) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    retire_at     TIMESTAMP WITH TIME ZONE
);

CREATE TABLE oidc_logout_delivery (
    id             UUID PRIMARY KEY,
    client_id      VARCHAR(100)  NOT NULL,
    logout_uri     VARCHAR(2000) NOT NULL,
    issuer         VARCHAR(500)  NOT NULL,
    sid            VARCHAR(100),
    subject        VARCHAR(200)  NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    attempts       INTEGER       NOT NULL,
    next_attempt   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error     VARCHAR(500),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX oidc_logout_delivery_due_ix ON oidc_logout_delivery (status, next_attempt);
