-- Citizen clean-up (issue 7): an account's history is read by account id (with the accounts merged
-- into it), duplicates are grouped by birth date, merged accounts are found by the survivor.
CREATE INDEX audit_event_account_ix ON audit_event (account_id);
CREATE INDEX citizen_account_birth_date_ix ON citizen_account (birth_date);
CREATE INDEX citizen_account_merged_into_ix ON citizen_account (merged_into);
