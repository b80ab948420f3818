package vn.dangnhap.oidc.internal;

import java.net.URI;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dangnhap.session.SsoSessionEnded;
import vn.dangnhap.session.LogoutNotice;
import vn.dangnhap.session.LogoutQueue;

/**
 * OpenID Connect Back-Channel Logout 1.0, which Spring's authorization server lacks: when an SSO
 * session ends, every application that received an ID token in it and registered a
 * {@code backchannel_logout_uri} is queued for a logout token ({@link BackchannelLogoutMessage} in
 * the session module's durable {@link LogoutQueue}, retried while the application is down). The
 * session's grants are revoked too, except {@code offline_access} ones, which outlive sessions.
 */
@Component
class BackchannelLogout {

    private final JdbcClient jdbc;
    private final RegisteredClients clients;
    private final AuthorizationStore authorizations;
    private final LogoutQueue queue;

    BackchannelLogout(JdbcClient jdbc, RegisteredClients clients, AuthorizationStore authorizations, LogoutQueue queue) {
        this.jdbc = jdbc;
        this.clients = clients;
        this.authorizations = authorizations;
        this.queue = queue;
    }

    @EventListener
    void on(SsoSessionEnded ended) {
        if (enqueue(ended.sid()) > 0) {
            queue.sendSoon();
        }
    }

    @Transactional
    int enqueue(String sid) {
        List<String> ids = jdbc.sql("SELECT id FROM oidc_authorization WHERE sid = ?").param(sid).query(String.class).list();
        int queued = 0;
        java.util.Set<String> notified = new java.util.HashSet<>();
        for (String id : ids) {
            OAuth2Authorization grant = authorizations.findById(id);
            if (grant == null) {
                continue;
            }
            RegisteredClient client = clients.findById(grant.getRegisteredClientId());
            URI logoutUri = client == null ? null : RegisteredClients.backchannelLogoutUri(client);
            OAuth2Authorization.Token<OidcIdToken> idToken = grant.getToken(OidcIdToken.class);
            if (logoutUri != null && idToken != null && notified.add(grant.getRegisteredClientId())) {
                queue.enqueue(new LogoutNotice(BackchannelLogoutMessage.PROTOCOL, grant.getRegisteredClientId(), logoutUri,
                        grant.getPrincipalName(), sid, idToken.getToken().getIssuer().toString()));
                queued++;
            }
            if (!grant.getAuthorizedScopes().contains("offline_access")) {
                authorizations.removeById(id);
            }
        }
        return queued;
    }
}
