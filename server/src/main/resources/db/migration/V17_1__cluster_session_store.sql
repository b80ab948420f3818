-- Cluster (docs/cluster.md).

-- Module session: SSO sessions, shared by every node and kept across restarts (Spring Session's
-- JDBC layout). Times are epoch milliseconds, as Spring Session writes them; principal_name is
-- the account id of the person signed in, the index used to end an account's sessions.
CREATE TABLE session_store (
    primary_id             CHAR(36)     NOT NULL,
    session_id             CHAR(36)     NOT NULL,
    creation_time          BIGINT       NOT NULL,
    last_access_time       BIGINT       NOT NULL,
    max_inactive_interval  INTEGER      NOT NULL,
    expiry_time            BIGINT       NOT NULL,
    principal_name         VARCHAR(100),
    CONSTRAINT session_store_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX session_store_ix1 ON session_store (session_id);
CREATE INDEX session_store_ix2 ON session_store (expiry_time);
CREATE INDEX session_store_ix3 ON session_store (principal_name);

CREATE TABLE session_store_attributes (
    session_primary_id  CHAR(36)      NOT NULL,
    attribute_name      VARCHAR(200)  NOT NULL,
    attribute_bytes     BYTEA         NOT NULL,
    CONSTRAINT session_store_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT session_store_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES session_store (primary_id) ON DELETE CASCADE
);

-- Shared kernel: a scheduled job runs on one node at a time (JobLease). Replaces
-- credential_job_lock, which stays (unused) so that nodes of the previous version, still running
-- during a rolling upgrade, keep their lease; a later release drops it.
CREATE TABLE shared_job_lease (
    name          VARCHAR(40)  PRIMARY KEY,
    locked_until  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by     VARCHAR(120)
);
INSERT INTO shared_job_lease (name, locked_until, locked_by)
    SELECT name, locked_until, locked_by FROM credential_job_lock;
