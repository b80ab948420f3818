-- Module directory: who an application is for. No row = officials only (every application made
-- before citizens joined the platform keeps its behaviour).
CREATE TABLE directory_app_audience (
    application_code         VARCHAR(40)  PRIMARY KEY,
    audience                 VARCHAR(20)  NOT NULL,
    verified_citizens_only   BOOLEAN      NOT NULL DEFAULT TRUE,
    release_personal_id      BOOLEAN      NOT NULL DEFAULT FALSE
);
