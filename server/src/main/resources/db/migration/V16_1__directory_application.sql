-- Module directory: the catalogue of connected applications moves from the portal to the directory,
-- next to the access rules and audiences it is decided with (module entry decides), and every OpenID
-- Connect client and CAS service belongs to an application (same code). Clients and services registered before that rule get an application
-- of their own here, with no access rule: deny by default, listed at start and in /admin until an
-- administrator gives them rules.
ALTER TABLE portal_application RENAME TO directory_application;

INSERT INTO directory_application (code, name, description, icon, launch_url, enabled, sort_order)
SELECT c.client_id, c.name,
       'Tạo khi nâng cấp cho ứng dụng OpenID Connect chưa thuộc ứng dụng nào: hãy đặt quy tắc truy cập.',
       'GENERIC',
       COALESCE(c.initiate_login_uri,
                CASE WHEN POSITION(CHR(10) IN c.redirect_uris) > 0
                     THEN SUBSTRING(c.redirect_uris FROM 1 FOR POSITION(CHR(10) IN c.redirect_uris) - 1)
                     ELSE c.redirect_uris END),
       TRUE, 1000
  FROM oidc_client c
 WHERE NOT EXISTS (SELECT 1 FROM directory_application a WHERE a.code = c.client_id);

INSERT INTO directory_application (code, name, description, icon, launch_url, enabled, sort_order)
SELECT s.code, s.name,
       'Tạo khi nâng cấp cho dịch vụ CAS chưa thuộc ứng dụng nào: hãy đặt quy tắc truy cập và địa chỉ mở ứng dụng.',
       'GENERIC',
       CASE WHEN s.service_pattern LIKE 'http%' THEN s.service_pattern ELSE 'https://' || s.code || '.invalid/' END,
       TRUE, 1000
  FROM cas_service s
 WHERE NOT EXISTS (SELECT 1 FROM directory_application a WHERE a.code = s.code);
