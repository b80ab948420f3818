package vn.dangnhap.oidc.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.dangnhap.config.ConfigForm;
import vn.dangnhap.config.ConfigNode;
import vn.dangnhap.config.ConfigSection;
import vn.dangnhap.oidc.ClientType;
import vn.dangnhap.oidc.OidcClient;
import vn.dangnhap.oidc.OidcClients;

/**
 * {@code oidcClients}: OpenID Connect registrations, keyed by client id (the application's code).
 * A confidential client's {@code secret} is a reference {@code ${ENV_NAME}} resolved at apply time;
 * required when the client is created, left unchanged when omitted on an update. Prune disables
 * the clients the file does not list.
 */
@Component
class OidcClientSection implements ConfigSection {

    private final OidcClientForm form = new OidcClientForm();
    private final OidcClients clients;

    OidcClientSection(OidcClients clients) {
        this.clients = clients;
    }

    @Override
    public OidcClientForm form() {
        return form;
    }

    /** The variable an export suggests for a client's secret, e.g. {@code DANGNHAP_CLIENT_MOT_CUA_SECRET}. */
    static String secretVariable(String clientId) {
        return "DANGNHAP_CLIENT_" + clientId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_SECRET";
    }

    @Override
    public List<Map<String, Object>> export() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (OidcClient c : clients.all().stream().sorted(java.util.Comparator.comparing(OidcClient::clientId)).toList()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("clientId", c.clientId());
            item.put("name", c.name());
            item.put("type", c.type().name());
            if (c.type() == ClientType.CONFIDENTIAL) {
                item.put("secret", "${" + secretVariable(c.clientId()) + "}");
            }
            item.put("redirectUris", c.redirectUris().stream().map(Object::toString).toList());
            if (!c.postLogoutRedirectUris().isEmpty()) {
                item.put("postLogoutRedirectUris", c.postLogoutRedirectUris().stream().map(Object::toString).toList());
            }
            if (c.backchannelLogoutUri() != null) {
                item.put("backchannelLogoutUri", c.backchannelLogoutUri().toString());
            }
            if (c.initiateLoginUri() != null) {
                item.put("initiateLoginUri", c.initiateLoginUri().toString());
            }
            item.put("scopes", c.scopes().stream().sorted().toList());
            item.put("firstParty", c.firstParty());
            item.put("offlineAccess", c.offlineAccess());
            item.put("clientCredentials", c.clientCredentials());
            item.put("accessTokenSeconds", (int) c.accessTokenLifetime().toSeconds());
            item.put("refreshTokenSeconds", (int) c.refreshTokenLifetime().toSeconds());
            item.put("enabled", c.enabled());
            items.add(item);
        }
        return items;
    }

    @Override
    public void apply(ConfigNode section, boolean prune) {
        Set<String> listed = new HashSet<>();
        for (ConfigForm.Item<OidcClientForm.Client> item : form.readAll(section)) {
            OidcClientForm.Client read = item.value();
            String clientId = read.clientId();
            listed.add(clientId.strip().toLowerCase(Locale.ROOT));
            boolean exists = clients.find(clientId).isPresent();
            if (read.type() == ClientType.CONFIDENTIAL && !exists && !read.hasSecret()) {
                item.node().problem("secret", "a new confidential client needs secret: ${ENV_NAME} (e.g. ${"
                        + secretVariable(clientId.strip().toLowerCase(Locale.ROOT)) + "})");
                continue;
            }
            ConfigNode.Secret secret = read.secret();
            item.node().attempt(() -> {
                OidcClient client = exists ? clients.update(clientId, read.input()) : clients.register(read.input()).client();
                if (secret != null && !clients.secretMatches(client.clientId(), secret.value())) {
                    clients.setSecret(client.clientId(), secret.value());
                    if (exists) {
                        item.node().note("~ update client " + client.clientId() + ": secret (from " + secret + ")");
                    }
                }
                if (client.enabled() != read.enabled()) {
                    clients.setEnabled(client.clientId(), read.enabled());
                }
            });
        }
        if (prune && section.problems().isEmpty()) {
            clients.all().stream().filter(c -> !listed.contains(c.clientId()) && c.enabled())
                    .forEach(c -> clients.setEnabled(c.clientId(), false));
        }
    }
}
