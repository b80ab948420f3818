-- Module session: one durable logout queue for every protocol (OIDC back-channel logout tokens,
-- CAS SAML LogoutRequests), replacing oidc_logout_delivery and cas_logout_delivery. Rows still
-- waiting in the old queues are carried over.
CREATE TABLE session_logout_delivery (
    id            UUID          PRIMARY KEY,
    protocol      VARCHAR(16)   NOT NULL,
    recipient     VARCHAR(100)  NOT NULL,
    endpoint      VARCHAR(2000) NOT NULL,
    subject       VARCHAR(200)  NOT NULL,
    session_ref   VARCHAR(200),
    issuer        VARCHAR(500),
    status        VARCHAR(16)   NOT NULL,
    attempts      INTEGER       NOT NULL,
    next_attempt  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error    VARCHAR(500),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX session_logout_delivery_due_ix ON session_logout_delivery (status, next_attempt);

INSERT INTO session_logout_delivery (id, protocol, recipient, endpoint, subject, session_ref, issuer, status, attempts,
                                     next_attempt, last_error, created_at)
SELECT id, 'OIDC', client_id, logout_uri, subject, sid, issuer, status, attempts, next_attempt, last_error, created_at
  FROM oidc_logout_delivery;

INSERT INTO session_logout_delivery (id, protocol, recipient, endpoint, subject, session_ref, issuer, status, attempts,
                                     next_attempt, last_error, created_at)
SELECT id, 'CAS', service_code, logout_url, CAST(account_id AS VARCHAR(36)), ticket_id, NULL, status, attempts,
       next_attempt, last_error, created_at
  FROM cas_logout_delivery;

DROP TABLE oidc_logout_delivery;
DROP TABLE cas_logout_delivery;
