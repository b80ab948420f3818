-- Module profile: the pending one-time code of each official's phone change (at most one per
-- account: a new request replaces the code) and the counters that limit resends.
CREATE TABLE profile_phone_code (
    account_id      UUID PRIMARY KEY,
    phone           VARCHAR(16) NOT NULL,
    code_hash       VARCHAR(64) NOT NULL,   -- hex SHA-256 of account id, number and code; '' once used
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    wrong_tries     INT DEFAULT 0 NOT NULL,
    last_sent_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    window_start    TIMESTAMP WITH TIME ZONE NOT NULL,  -- start of the hour the sends are counted in
    sends_in_window INT NOT NULL
);
