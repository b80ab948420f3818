package vn.dangnhap.oidc.internal;

import java.net.URI;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dangnhap.login.SsoSessionEnded;

/**
 * OpenID Connect Back-Channel Logout 1.0, which Spring's authorization server lacks: when an SSO
 * session ends, every application that received an ID token in it and registered a
 * {@code backchannel_logout_uri} is queued for a logout token ({@code oidc_logout_delivery}, a
 * durable queue that survives restarts and is retried while the application is down). The
 * session's grants are revoked too, except {@code offline_access} ones, which outlive sessions.
 */
@Component
class BackchannelLogout {

    private final JdbcClient jdbc;
    private final RegisteredClients clients;
    private final AuthorizationStore authorizations;
    private final LogoutDeliveries deliveries;
    private final Clock clock;
    private final Executor kick = Executors.newVirtualThreadPerTaskExecutor();

    BackchannelLogout(JdbcClient jdbc, RegisteredClients clients, AuthorizationStore authorizations,
                      LogoutDeliveries deliveries, Clock clock) {
        this.jdbc = jdbc;
        this.clients = clients;
        this.authorizations = authorizations;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @EventListener
    void on(SsoSessionEnded ended) {
        if (enqueue(ended.sid()) > 0) {
            kick.execute(deliveries::deliverDue);
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
                var now = clock.instant().atOffset(ZoneOffset.UTC);
                jdbc.sql("""
                        INSERT INTO oidc_logout_delivery (id, client_id, logout_uri, issuer, sid, subject, status, attempts,
                          next_attempt, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""")
                        .params(UUID.randomUUID(), grant.getRegisteredClientId(), logoutUri.toString(),
                                idToken.getToken().getIssuer().toString(), sid, grant.getPrincipalName(), now, now)
                        .update();
                queued++;
            }
            if (!grant.getAuthorizedScopes().contains("offline_access")) {
                authorizations.removeById(id);
            }
        }
        return queued;
    }
}
