-- Module portal: the applications shown as tiles and where a click sends the browser.
CREATE TABLE portal_application (
    code         VARCHAR(40)   PRIMARY KEY,
    name         VARCHAR(200)  NOT NULL,
    description  VARCHAR(500)  NOT NULL,
    icon         VARCHAR(40)   NOT NULL,
    launch_url   VARCHAR(2000) NOT NULL,
    enabled      BOOLEAN       NOT NULL DEFAULT TRUE,
    sort_order   INTEGER       NOT NULL DEFAULT 0
);
