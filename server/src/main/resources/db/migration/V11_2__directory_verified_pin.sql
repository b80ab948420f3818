-- Module directory: an official's personal identification number, set by an administrator after checking
-- the official's identity card; lets the official sign in with VNeID where the provider allows officials.
-- Unique: one number, one official (several NULLs are allowed by a UNIQUE constraint on H2 and PostgreSQL).
ALTER TABLE directory_account ADD COLUMN verified_pin VARCHAR(12);
ALTER TABLE directory_account ADD CONSTRAINT directory_account_verified_pin_uk UNIQUE (verified_pin);
