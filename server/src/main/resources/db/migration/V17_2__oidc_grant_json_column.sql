-- Grants are stored as JSON (GrantJson) instead of Java serialization: a renamed class or a Spring
-- upgrade must not make stored refresh tokens unreadable. The new column is filled by the Java
-- migration V17_3 (server/src/main/java/db/migration) from the old one, which V17_4 then drops.
-- VARCHAR of 1,000,000 characters: H2's longest non-LOB text, unbounded in practice in PostgreSQL;
-- a grant is a few kilobytes.
ALTER TABLE oidc_authorization ADD COLUMN grant_json VARCHAR(1000000);
