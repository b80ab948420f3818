package vn.dangnhap.oidc.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dangnhap.oidc.RefreshTokenReplayed;
import vn.dangnhap.oidc.TokenIssued;

/**
 * The authorization server's grants in {@code oidc_authorization}: each lookup the endpoints make
 * (state, code, access, refresh or ID token) is one query on an indexed SHA-256 column; the grant
 * itself is a JSON document ({@link GrantJson}). A row that cannot be read is a grant that does not
 * exist (logged once per look-up): the client gets {@code invalid_grant} or {@code invalid_token}.
 *
 * <p>Refresh tokens rotate on every use; the replaced one is kept in
 * {@code oidc_retired_refresh_token}. If it is ever presented again, someone holds a copy: the
 * whole grant is revoked (OAuth 2.0 Security BCP §4.14.2).
 */
@Component
class AuthorizationStore implements OAuth2AuthorizationService {

    private static final Logger log = LoggerFactory.getLogger(AuthorizationStore.class);
    private static final String SELECT = "SELECT id, grant_json FROM oidc_authorization WHERE ";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AuthorizationStore(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    @Override
    @Transactional
    public void save(OAuth2Authorization authorization) {
        Row next = Row.of(authorization);
        Optional<Row> previous = jdbc.sql("""
                SELECT access_token_hash, refresh_token_hash FROM oidc_authorization WHERE id = ?""")
                .param(authorization.getId())
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2)))
                .optional();
        String json = GrantJson.write(authorization);
        Instant expiresAt = expiresAt(authorization);
        if (previous.isPresent()) {
            jdbc.sql("""
                    UPDATE oidc_authorization SET principal_name = ?, grant_type = ?, sid = ?, state_hash = ?, code_hash = ?,
                      access_token_hash = ?, refresh_token_hash = ?, id_token_hash = ?, offline = ?, expires_at = ?, grant_json = ?
                    WHERE id = ?""")
                    .params(authorization.getPrincipalName(), authorization.getAuthorizationGrantType().getValue(),
                            sid(authorization), stateHash(authorization), hashOf(authorization.getToken(OAuth2AuthorizationCode.class)),
                            next.accessHash(), next.refreshHash(), hashOf(authorization.getToken(OidcIdToken.class)),
                            offline(authorization), expiresAt.atOffset(ZoneOffset.UTC), json, authorization.getId())
                    .update();
            String oldRefresh = previous.get().refreshHash();
            if (oldRefresh != null && !oldRefresh.equals(next.refreshHash())) {
                jdbc.sql("INSERT INTO oidc_retired_refresh_token (token_hash, authorization_id, expires_at) VALUES (?, ?, ?)")
                        .params(oldRefresh, authorization.getId(), expiresAt.atOffset(ZoneOffset.UTC)).update();
            }
        } else {
            jdbc.sql("""
                    INSERT INTO oidc_authorization (id, client_id, principal_name, grant_type, sid, state_hash, code_hash,
                      access_token_hash, refresh_token_hash, id_token_hash, offline, expires_at, grant_json)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(authorization.getId(), authorization.getRegisteredClientId(), authorization.getPrincipalName(),
                            authorization.getAuthorizationGrantType().getValue(), sid(authorization), stateHash(authorization),
                            hashOf(authorization.getToken(OAuth2AuthorizationCode.class)), next.accessHash(), next.refreshHash(),
                            hashOf(authorization.getToken(OidcIdToken.class)), offline(authorization),
                            expiresAt.atOffset(ZoneOffset.UTC), json)
                    .update();
        }
        if (next.accessHash() != null && !next.accessHash().equals(previous.map(Row::accessHash).orElse(null))) {
            boolean refreshed = previous.map(Row::accessHash).isPresent();
            events.publishEvent(new TokenIssued(authorization.getRegisteredClientId(), authorization.getPrincipalName(),
                    refreshed ? "refresh_token" : authorization.getAuthorizationGrantType().getValue(),
                    authorization.getAuthorizedScopes()));
        }
    }

    @Override
    @Transactional
    public void remove(OAuth2Authorization authorization) {
        removeById(authorization.getId());
    }

    void removeById(String id) {
        jdbc.sql("DELETE FROM oidc_retired_refresh_token WHERE authorization_id = ?").param(id).update();
        jdbc.sql("DELETE FROM oidc_authorization WHERE id = ?").param(id).update();
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return one(jdbc.sql(SELECT + "id = ?").param(id));
    }

    @Override
    @Transactional
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        if (token == null || token.isEmpty() || token.length() > 8192) {
            return null;
        }
        String hash = ClientSecretDigest.digest(token);
        if (tokenType == null) {
            return Stream.of("state_hash", "code_hash", "access_token_hash", "refresh_token_hash", "id_token_hash")
                    .map(column -> one(jdbc.sql(SELECT + column + " = ?").param(hash)))
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElse(null);
        }
        String column = switch (tokenType.getValue()) {
            case OAuth2ParameterNames.STATE -> "state_hash";
            case OAuth2ParameterNames.CODE -> "code_hash";
            case OAuth2ParameterNames.ACCESS_TOKEN -> "access_token_hash";
            case OAuth2ParameterNames.REFRESH_TOKEN -> "refresh_token_hash";
            case OidcParameterNames.ID_TOKEN -> "id_token_hash";
            default -> null;
        };
        if (column == null) {
            return null;
        }
        OAuth2Authorization found = one(jdbc.sql(SELECT + column + " = ?").param(hash));
        if (found == null && column.equals("refresh_token_hash")) {
            revokeOnReplay(hash);
        }
        return found;
    }

    private void revokeOnReplay(String refreshHash) {
        jdbc.sql("SELECT authorization_id FROM oidc_retired_refresh_token WHERE token_hash = ?")
                .param(refreshHash).query(String.class).optional()
                .ifPresent(authorizationId -> {
                    OAuth2Authorization grant = findById(authorizationId);
                    removeById(authorizationId);
                    if (grant != null) {
                        events.publishEvent(new RefreshTokenReplayed(grant.getRegisteredClientId(), grant.getPrincipalName()));
                    }
                });
    }

    /** Grants whose every token has expired; safe to run on several nodes at once. */
    @Transactional
    int removeExpired(Instant now) {
        int retired = jdbc.sql("DELETE FROM oidc_retired_refresh_token WHERE expires_at < ?")
                .param(now.atOffset(ZoneOffset.UTC)).update();
        return retired + jdbc.sql("DELETE FROM oidc_authorization WHERE expires_at < ?")
                .param(now.atOffset(ZoneOffset.UTC)).update();
    }

    /** The grant found, or null — also when its row cannot be read: such a grant fails closed, as if revoked. */
    private OAuth2Authorization one(JdbcClient.StatementSpec spec) {
        return spec.query((rs, n) -> {
            try {
                return GrantJson.read(rs.getString(2));
            } catch (GrantJson.UnreadableGrant e) {
                log.warn("Stored grant {} is unreadable and treated as absent: {}", rs.getString(1), e.getMessage());
                return null;
            }
        }).stream().filter(Objects::nonNull).findFirst().orElse(null);
    }

    private Instant expiresAt(OAuth2Authorization a) {
        Instant latest = clock.instant().plusSeconds(600); // an authorization still in consent
        for (OAuth2Authorization.Token<?> token : Stream.of(a.getToken(OAuth2AuthorizationCode.class), a.getAccessToken(),
                a.getRefreshToken(), a.getToken(OidcIdToken.class)).filter(Objects::nonNull).toList()) {
            Instant expires = token.getToken().getExpiresAt();
            if (expires != null && expires.isAfter(latest)) {
                latest = expires;
            }
        }
        return latest;
    }

    private static String sid(OAuth2Authorization a) {
        OAuth2Authorization.Token<OidcIdToken> idToken = a.getToken(OidcIdToken.class);
        return idToken == null ? null : idToken.getToken().getClaimAsString("sid");
    }

    private static boolean offline(OAuth2Authorization a) {
        return a.getAuthorizedScopes().contains("offline_access");
    }

    private static String stateHash(OAuth2Authorization a) {
        String state = a.getAttribute(OAuth2ParameterNames.STATE);
        return state == null ? null : ClientSecretDigest.digest(state);
    }

    private static String hashOf(OAuth2Authorization.Token<? extends OAuth2Token> token) {
        return token == null ? null : ClientSecretDigest.digest(token.getToken().getTokenValue());
    }

    private record Row(String accessHash, String refreshHash) {
        static Row of(OAuth2Authorization a) {
            OAuth2Authorization.Token<OAuth2AccessToken> access = a.getAccessToken();
            OAuth2Authorization.Token<OAuth2RefreshToken> refresh = a.getRefreshToken();
            return new Row(hashOf(access), hashOf(refresh));
        }
    }
}
