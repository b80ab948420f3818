-- CAS protocol (module cas): the service registry, tickets, and the single-logout queue.

-- A CAS application: its code is the portal application's code (tile, access rules, release rule).
CREATE TABLE cas_service (
    code            VARCHAR(40)   PRIMARY KEY,
    name            VARCHAR(200)  NOT NULL,
    -- an exact service URL, or an anchored regular expression (^…$) the administrator writes
    service_pattern VARCHAR(2000) NOT NULL,
    enabled         BOOLEAN       NOT NULL,
    slo_enabled     BOOLEAN       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Service tickets (ST-…) and proxy tickets (PT-…), stored by SHA-256 digest of the ticket id.
CREATE TABLE cas_service_ticket (
    id_hash        VARCHAR(64)   PRIMARY KEY,
    kind           VARCHAR(2)    NOT NULL,
    service        VARCHAR(2000) NOT NULL,
    service_code   VARCHAR(40)   NOT NULL,
    account_id     UUID          NOT NULL,
    sid            VARCHAR(100)  NOT NULL,
    from_new_login BOOLEAN       NOT NULL,
    -- proxy tickets: the proxy callback URLs the ticket went through, newest first, one per line
    proxies        VARCHAR(4000),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    used           BOOLEAN       NOT NULL
);
CREATE INDEX cas_service_ticket_expires_ix ON cas_service_ticket (expires_at);

-- Proxy-granting tickets (PGT-…), by digest; bound to the SSO session they came from.
CREATE TABLE cas_proxy_granting_ticket (
    id_hash      VARCHAR(64)   PRIMARY KEY,
    service_code VARCHAR(40)   NOT NULL,
    account_id   UUID          NOT NULL,
    sid          VARCHAR(100)  NOT NULL,
    proxies      VARCHAR(4000) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX cas_proxy_granting_ticket_sid_ix ON cas_proxy_granting_ticket (sid);

-- Which service got which service ticket in which SSO session: whom single logout must tell.
CREATE TABLE cas_session_service (
    sid          VARCHAR(100)  NOT NULL,
    ticket_id    VARCHAR(100)  NOT NULL,
    service_code VARCHAR(40)   NOT NULL,
    service      VARCHAR(2000) NOT NULL,
    account_id   UUID          NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (sid, ticket_id)
);

-- Durable single-logout queue (SAML LogoutRequest POSTs), retried like oidc_logout_delivery.
CREATE TABLE cas_logout_delivery (
    id           UUID          PRIMARY KEY,
    service_code VARCHAR(40)   NOT NULL,
    logout_url   VARCHAR(2000) NOT NULL,
    ticket_id    VARCHAR(100)  NOT NULL,
    account_id   UUID          NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    attempts     INTEGER       NOT NULL,
    next_attempt TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error   VARCHAR(500),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX cas_logout_delivery_due_ix ON cas_logout_delivery (status, next_attempt);
