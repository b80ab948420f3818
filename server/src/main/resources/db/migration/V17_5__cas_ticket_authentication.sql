-- Module cas: a ticket remembers the login it came from — when the person proved who they are and
-- whether they asked to be remembered — for the CAS 3.0 attributes authenticationDate and
-- longTermAuthenticationRequestTokenUsed (§4.1.3). Tickets issued before this version have neither.
ALTER TABLE cas_service_ticket ADD COLUMN authenticated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE cas_service_ticket ADD COLUMN remember_me BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE cas_proxy_granting_ticket ADD COLUMN authenticated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE cas_proxy_granting_ticket ADD COLUMN remember_me BOOLEAN DEFAULT FALSE NOT NULL;
