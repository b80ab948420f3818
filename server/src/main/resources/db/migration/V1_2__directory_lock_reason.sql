-- Module directory: why an account is locked and since when (shown to the official and to admins).
-- Both are NULL unless the status is LOCKED.
ALTER TABLE directory_account ADD COLUMN lock_reason VARCHAR(40);
ALTER TABLE directory_account ADD COLUMN locked_at TIMESTAMP WITH TIME ZONE;
