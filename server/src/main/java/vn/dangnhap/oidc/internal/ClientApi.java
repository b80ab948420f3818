package vn.dangnhap.oidc.internal;

import vn.dangnhap.admin.ActingAdmin;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dangnhap.oidc.ClientType;
import vn.dangnhap.oidc.OidcClient;
import vn.dangnhap.oidc.OidcClientInput;
import vn.dangnhap.oidc.RegisteredClientSecret;

/** OpenID Connect registrations of applications over JSON. */
@RestController
@RequestMapping("/api/admin/clients")
@Tag(name = "OpenID Connect clients", description = "Applications registered for OpenID Connect: protocol settings and secrets")
class ClientApi {

    private final ClientAdministration clients;

    ClientApi(ClientAdministration clients) {
        this.clients = clients;
    }

    /** A registration as stored; never its secret. Lifetimes in seconds. */
    record ClientView(String clientId, String name, ClientType type, List<String> redirectUris,
                      List<String> postLogoutRedirectUris, String backchannelLogoutUri, String initiateLoginUri,
                      List<String> scopes, boolean firstParty, boolean offlineAccess, boolean clientCredentials,
                      long accessTokenSeconds, long refreshTokenSeconds, boolean enabled) {

        static ClientView of(OidcClient c) {
            return new ClientView(c.clientId(), c.name(), c.type(), text(c.redirectUris()), text(c.postLogoutRedirectUris()),
                    text(c.backchannelLogoutUri()), text(c.initiateLoginUri()), c.scopes().stream().sorted().toList(),
                    c.firstParty(), c.offlineAccess(), c.clientCredentials(), c.accessTokenLifetime().toSeconds(),
                    c.refreshTokenLifetime().toSeconds(), c.enabled());
        }

        private static List<String> text(List<URI> uris) {
            return uris.stream().map(URI::toString).toList();
        }

        private static String text(URI uri) {
            return uri == null ? null : uri.toString();
        }
    }

    /**
     * A registration right after its secret was generated: the only answer that carries
     * {@code clientSecret} (null for a public client). Store it now; it cannot be read again.
     */
    record ClientWithSecretView(@JsonUnwrapped ClientView client, String clientSecret) {

        static ClientWithSecretView of(RegisteredClientSecret registered) {
            return new ClientWithSecretView(ClientView.of(registered.client()), registered.secret());
        }
    }

    /**
     * A registration as sent; on PUT the client id comes from the path and the type cannot change.
     * {@code type} defaults to CONFIDENTIAL; flags default to false; lifetimes in seconds, null for
     * the default (access 300, refresh 28800).
     */
    record ClientRequest(String clientId, String name, ClientType type, List<String> redirectUris,
                         List<String> postLogoutRedirectUris, String backchannelLogoutUri, String initiateLoginUri,
                         List<String> scopes, Boolean firstParty, Boolean offlineAccess, Boolean clientCredentials,
                         Integer accessTokenSeconds, Integer refreshTokenSeconds) {

        OidcClientInput input(String id) {
            return new OidcClientInput(id, name, type, redirectUris, postLogoutRedirectUris, backchannelLogoutUri,
                    initiateLoginUri, scopes, Boolean.TRUE.equals(firstParty), Boolean.TRUE.equals(offlineAccess),
                    Boolean.TRUE.equals(clientCredentials), accessTokenSeconds, refreshTokenSeconds);
        }
    }

    @GetMapping
    @Operation(summary = "List all registered OpenID Connect clients (without secrets)")
    List<ClientView> list() {
        return clients.all().stream().map(ClientView::of).toList();
    }

    @GetMapping("/{clientId}")
    @Operation(summary = "One registered client (without its secret)")
    ClientView one(@PathVariable String clientId) {
        return ClientView.of(clients.one(clientId));
    }

    @PostMapping
    @Operation(summary = "Register a client (201); a confidential client's secret is in the answer, once. "
            + "400 on bad input (wildcard or non-https redirect URI, unknown scope, lifetime out of range), 409 when the id is taken")
    ResponseEntity<ClientWithSecretView> register(@RequestBody ClientRequest body, ActingAdmin admin) {
        RegisteredClientSecret registered = clients.register(admin, body.input(body.clientId()));
        return ResponseEntity.created(URI.create("/api/admin/clients/" + registered.client().clientId()))
                .cacheControl(CacheControl.noStore())
                .body(ClientWithSecretView.of(registered));
    }

    @PutMapping("/{clientId}")
    @Operation(summary = "Change a client's protocol settings; its secret stays as it is")
    ClientView update(@PathVariable String clientId, @RequestBody ClientRequest body,
                      ActingAdmin admin) {
        return ClientView.of(clients.update(admin, clientId, body.input(clientId)));
    }

    @PostMapping("/{clientId}/secret")
    @Operation(summary = "Rotate a confidential client's secret: the new one is in the answer, once; the old one stops working at once")
    ResponseEntity<ClientWithSecretView> rotateSecret(@PathVariable String clientId, ActingAdmin admin) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(ClientWithSecretView.of(clients.rotateSecret(admin, clientId)));
    }

    @PostMapping("/{clientId}/disable")
    @Operation(summary = "Disable a client: the protocol endpoints no longer know it")
    ClientView disable(@PathVariable String clientId, ActingAdmin admin) {
        return ClientView.of(clients.setEnabled(admin, clientId, false));
    }

    @PostMapping("/{clientId}/enable")
    @Operation(summary = "Enable a disabled client again")
    ClientView enable(@PathVariable String clientId, ActingAdmin admin) {
        return ClientView.of(clients.setEnabled(admin, clientId, true));
    }
}
