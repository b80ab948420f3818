-- Module calendar: the government's yearly notices of days off (Tết, National Day, swapped days).
-- A notice replaces the computed Tết and National Day defaults for its year.
CREATE TABLE calendar_year_notice (
    id             UUID          PRIMARY KEY,
    notice_year    INTEGER       NOT NULL,
    reference      VARCHAR(500)  NOT NULL,
    CONSTRAINT calendar_year_notice_year_uq UNIQUE (notice_year)
);

-- kind: DAY_OFF (a day off the notice gives) or WORKING_DAY (a make-up working Saturday).
CREATE TABLE calendar_year_notice_day (
    notice_id      UUID          NOT NULL REFERENCES calendar_year_notice (id) ON DELETE CASCADE,
    notice_date    DATE          NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    PRIMARY KEY (notice_id, notice_date)
);
