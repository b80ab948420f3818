-- Module cas: a ticket says whose it is — an official's or a citizen's account — so validation
-- reads the account with one look-up in the right store. Tickets issued before this version (a
-- service ticket lives seconds, a proxy-granting ticket hours) are classified once here.
ALTER TABLE cas_service_ticket ADD COLUMN account_kind VARCHAR(16);
ALTER TABLE cas_proxy_granting_ticket ADD COLUMN account_kind VARCHAR(16);
UPDATE cas_service_ticket SET account_kind = CASE
    WHEN EXISTS (SELECT 1 FROM citizen_account c WHERE c.id = account_id) THEN 'CITIZEN' ELSE 'OFFICIAL' END;
UPDATE cas_proxy_granting_ticket SET account_kind = CASE
    WHEN EXISTS (SELECT 1 FROM citizen_account c WHERE c.id = account_id) THEN 'CITIZEN' ELSE 'OFFICIAL' END;
ALTER TABLE cas_service_ticket ALTER COLUMN account_kind SET NOT NULL;
ALTER TABLE cas_proxy_granting_ticket ALTER COLUMN account_kind SET NOT NULL;
