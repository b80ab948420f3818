package vn.dangnhap.oidc.internal;

import vn.dangnhap.admin.AdminChanges;
import vn.dangnhap.admin.ActingAdmin;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangnhap.oidc.OidcClient;
import vn.dangnhap.oidc.OidcClientInput;
import vn.dangnhap.oidc.OidcClients;
import vn.dangnhap.oidc.RegisteredClientSecret;

/**
 * OpenID Connect registrations changed by an administrator, each change recorded in the audit
 * trail. A secret passes through here once, on its way to the admin, and is never recorded.
 */
@Service
class ClientAdministration {

    private final OidcClients clients;
    private final AdminChanges changes;

    ClientAdministration(OidcClients clients, AdminChanges changes) {
        this.clients = clients;
        this.changes = changes;
    }

    List<OidcClient> all() {
        return clients.all();
    }

    Optional<OidcClient> find(String clientId) {
        return clients.find(clientId);
    }

    OidcClient one(String clientId) {
        return clients.client(clientId);
    }

    @Transactional
    RegisteredClientSecret register(ActingAdmin actor, OidcClientInput input) {
        RegisteredClientSecret registered = clients.register(input);
        changes.record(actor, "CLIENT_REGISTERED", registered.client().clientId(), describe(registered.client()));
        return registered;
    }

    @Transactional
    OidcClient update(ActingAdmin actor, String clientId, OidcClientInput input) {
        OidcClient client = clients.update(clientId, input);
        changes.record(actor, "CLIENT_UPDATED", client.clientId(), describe(client));
        return client;
    }

    /** A new secret; the old one stops working at once. */
    @Transactional
    RegisteredClientSecret rotateSecret(ActingAdmin actor, String clientId) {
        RegisteredClientSecret rotated = clients.rotateSecret(clientId);
        changes.record(actor, "CLIENT_SECRET_ROTATED", rotated.client().clientId(), "client " + rotated.client().clientId());
        return rotated;
    }

    @Transactional
    OidcClient setEnabled(ActingAdmin actor, String clientId, boolean enabled) {
        OidcClient client = clients.setEnabled(clientId, enabled);
        changes.record(actor, enabled ? "CLIENT_ENABLED" : "CLIENT_DISABLED", client.clientId(), "client " + client.clientId());
        return client;
    }

    /** The settings an auditor wants to see; never the secret, which this type does not carry. */
    private static String describe(OidcClient c) {
        return "client " + c.clientId() + " " + c.type() + " redirects " + c.redirectUris() + " scopes " + c.scopes().stream().sorted().toList()
                + (c.firstParty() ? " first-party" : "") + (c.clientCredentials() ? " client-credentials" : "")
                + " access " + c.accessTokenLifetime().toSeconds() + "s refresh " + c.refreshTokenLifetime().toSeconds() + "s";
    }
}
