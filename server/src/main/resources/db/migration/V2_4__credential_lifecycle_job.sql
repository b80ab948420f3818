-- Module credential: the scheduled password lifecycle job.

-- One row per job; a node runs the job only after claiming the row for a lease with a
-- conditional UPDATE, so two nodes never apply the rules at the same time.
CREATE TABLE credential_job_lock (
    name          VARCHAR(40)  PRIMARY KEY,
    locked_until  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by     VARCHAR(120)
);
INSERT INTO credential_job_lock (name, locked_until) VALUES ('password-lifecycle', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00');

-- The expiry warnings sent, one per password and threshold (14, 7, 3, 1 days), so reruns do not resend.
CREATE TABLE credential_expiry_notice (
    account_id           UUID    NOT NULL,
    password_changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    threshold_days       INTEGER NOT NULL,
    sent_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, password_changed_at, threshold_days)
);

-- When an admin unlocked or re-enabled an account: the time rules give it a fresh grace
-- period from then, instead of locking it again at the next run.
CREATE TABLE credential_lifecycle_grace (
    account_id  UUID PRIMARY KEY,
    granted_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
