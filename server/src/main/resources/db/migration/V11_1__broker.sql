-- Module broker: upstream OpenID Connect identity providers (VNeID and others) defined in the admin console.
-- Providers defined in the configuration file (dangnhap.broker.providers.*) are not stored here.
CREATE TABLE broker_provider (
    alias               VARCHAR(32)   PRIMARY KEY,
    label               VARCHAR(100)  NOT NULL,
    icon                VARCHAR(500),
    issuer              VARCHAR(500)  NOT NULL,
    client_id           VARCHAR(200)  NOT NULL,
    -- AES-256-GCM with the master key (base64), or NULL when client_secret_ref names an environment variable
    client_secret_sealed VARCHAR(2000),
    client_secret_ref   VARCHAR(100),
    scopes              VARCHAR(500)  NOT NULL,
    pin_claims          VARCHAR(200)  NOT NULL,
    name_claims         VARCHAR(200)  NOT NULL,
    birth_date_claim    VARCHAR(100),
    birth_date_format   VARCHAR(40),
    ial_claim           VARCHAR(100),
    allow_officials     BOOLEAN       NOT NULL DEFAULT FALSE,
    enabled             BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
