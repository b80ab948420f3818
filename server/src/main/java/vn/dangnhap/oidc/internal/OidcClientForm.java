package vn.dangnhap.oidc.internal;

import vn.dangnhap.config.ConfigForm;
import vn.dangnhap.config.ConfigNode;
import vn.dangnhap.oidc.ClientType;
import vn.dangnhap.oidc.OidcClientInput;
import vn.dangnhap.oidc.OidcClients;

/**
 * An item of {@code oidcClients}: the registration as {@link OidcClients#check} accepts it, with a
 * confidential client's {@code secret} as a reference {@code ${ENV_NAME}} resolved now (a public client
 * has none) and {@code enabled}. Whether a new confidential client has its secret is known only when
 * the file is applied.
 */
class OidcClientForm implements ConfigForm<OidcClientForm.Client> {

    /** A client as the file describes it; {@code secret} null when the file gives none. */
    record Client(OidcClientInput input, ClientType type, ConfigNode.Secret secret, boolean hasSecret, boolean enabled) {

        String clientId() {
            return input.clientId();
        }
    }

    @Override
    public String name() {
        return "oidcClients";
    }

    @Override
    public String itemLabel() {
        return "client";
    }

    @Override
    public String keyField() {
        return "clientId";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Client read(ConfigNode item) {
        item.allowOnly("clientId", "name", "type", "secret", "redirectUris", "postLogoutRedirectUris",
                "backchannelLogoutUri", "initiateLoginUri", "scopes", "firstParty", "offlineAccess",
                "clientCredentials", "accessTokenSeconds", "refreshTokenSeconds", "enabled");
        String clientId = item.text("clientId");
        if (clientId == null) {
            item.problem("clientId", "a client needs a clientId (the application's code)");
            return null;
        }
        ClientType type = item.choice("type", ClientType.class);
        ClientType effectiveType = type == null ? ClientType.CONFIDENTIAL : type;
        ConfigNode.Secret secret = item.secret("secret");
        if (effectiveType == ClientType.PUBLIC && item.has("secret")) {
            item.problem("secret", "a public client has no secret");
            return null;
        }
        OidcClientInput input = new OidcClientInput(clientId, item.text("name"), type, item.texts("redirectUris"),
                item.texts("postLogoutRedirectUris"), item.text("backchannelLogoutUri"), item.text("initiateLoginUri"),
                item.texts("scopes"), item.bool("firstParty", false), item.bool("offlineAccess", false),
                item.bool("clientCredentials", false), item.integer("accessTokenSeconds"),
                item.integer("refreshTokenSeconds"));
        boolean enabled = item.bool("enabled", true);
        String minimum = item.property(OidcClients.MINIMUM_TOKEN_SECONDS);
        if (!item.attempt(() -> OidcClients.check(input, minimum == null
                ? OidcClients.DEFAULT_MINIMUM_TOKEN_SECONDS : Integer.parseInt(minimum.strip())))
                || item.has("secret") && secret == null) { // secret(): reported
            return null;
        }
        return new Client(input, effectiveType, secret, item.has("secret"), enabled);
    }
}
