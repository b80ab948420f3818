-- Every readable grant was converted to JSON by V17_3 and every unreadable one removed: the Java
-- serialized column goes.
ALTER TABLE oidc_authorization DROP COLUMN data;
ALTER TABLE oidc_authorization ALTER COLUMN grant_json SET NOT NULL;
