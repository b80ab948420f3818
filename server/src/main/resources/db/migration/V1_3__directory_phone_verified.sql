-- Module directory: TRUE only after the official typed the one-time code sent to this number
-- (profile module). Admin edits of the number, CSV imports and demo data leave it FALSE.
ALTER TABLE directory_account ADD COLUMN phone_verified BOOLEAN DEFAULT FALSE NOT NULL;
