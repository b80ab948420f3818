package vn.dangnhap.oidc.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.stereotype.Component;
import vn.dangnhap.session.LogoutNotice;
import vn.dangnhap.session.SessionParticipant;

/**
 * OpenID Connect Back-Channel Logout 1.0, which Spring's authorization server lacks, as this
 * module's part in the end of an SSO session: every application that received an ID token in the
 * session and registered a {@code backchannel_logout_uri} gets a notice (a logout token written by
 * {@link BackchannelLogoutMessage}, sent and retried by the session module's queue). The session's
 * grants are revoked too, except {@code offline_access} ones, which outlive sessions.
 */
@Component
class BackchannelLogout implements SessionParticipant {

    private final JdbcClient jdbc;
    private final RegisteredClients clients;
    private final AuthorizationStore authorizations;

    BackchannelLogout(JdbcClient jdbc, RegisteredClients clients, AuthorizationStore authorizations) {
        this.jdbc = jdbc;
        this.clients = clients;
        this.authorizations = authorizations;
    }

    @Override
    public List<LogoutNotice> endSession(String sid) {
        List<String> ids = jdbc.sql("SELECT id FROM oidc_authorization WHERE sid = ?").param(sid).query(String.class).list();
        List<LogoutNotice> notices = new ArrayList<>();
        Set<String> notified = new HashSet<>();
        for (String id : ids) {
            OAuth2Authorization grant = authorizations.findById(id);
            if (grant == null) {
                continue;
            }
            RegisteredClient client = clients.findById(grant.getRegisteredClientId());
            URI logoutUri = client == null ? null : RegisteredClients.backchannelLogoutUri(client);
            OAuth2Authorization.Token<OidcIdToken> idToken = grant.getToken(OidcIdToken.class);
            // One logout token per application, however many grants it got in the session.
            if (logoutUri != null && idToken != null && notified.add(grant.getRegisteredClientId())) {
                notices.add(new LogoutNotice(BackchannelLogoutMessage.PROTOCOL, grant.getRegisteredClientId(), logoutUri,
                        grant.getPrincipalName(), sid, idToken.getToken().getIssuer().toString()));
            }
            if (!grant.getAuthorizedScopes().contains("offline_access")) {
                authorizations.removeById(id);
            }
        }
        return notices;
    }
}
