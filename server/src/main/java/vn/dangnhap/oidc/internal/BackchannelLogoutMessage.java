package vn.dangnhap.oidc.internal;

import com.nimbusds.jose.JWSAlgorithm;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;
import vn.dangnhap.oidc.BackchannelLogoutAttempted;
import vn.dangnhap.session.LogoutAnswer;
import vn.dangnhap.session.LogoutMessage;
import vn.dangnhap.session.LogoutNotice;

/**
 * OpenID Connect Back-Channel Logout 1.0 §2.4–2.5 as a message of the session module's logout
 * queue: a {@code logout_token} signed at send time. The recipient is the client id, the session
 * reference the {@code sid}.
 */
@Component
class BackchannelLogoutMessage implements LogoutMessage {

    static final String PROTOCOL = "OIDC";

    private final JwtEncoder encoder;
    private final SigningKeys keys;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    BackchannelLogoutMessage(JwtEncoder encoder, SigningKeys keys, Clock clock, ApplicationEventPublisher events) {
        this.encoder = encoder;
        this.keys = keys;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public String protocol() {
        return PROTOCOL;
    }

    @Override
    public String formBody(LogoutNotice notice) {
        return LogoutMessage.formField("logout_token", logoutToken(notice));
    }

    /**
     * Back-Channel Logout 1.0 §2.8: 200 means logged out (204 too, which some frameworks send for an
     * empty 200); 400 means the RP refused the token or could not log out — final, like any other
     * client error or a redirect (no back-channel endpoint there). Only a 5xx is tried again.
     */
    @Override
    public LogoutAnswer judge(int status) {
        if (status == 200 || status == 204) {
            return LogoutAnswer.DELIVERED;
        }
        return LogoutAnswer.serverError(status) ? LogoutAnswer.TRY_AGAIN : LogoutAnswer.REFUSED;
    }

    @Override
    public void attempted(LogoutNotice notice, String outcome, int attempt, String error) {
        events.publishEvent(new BackchannelLogoutAttempted(notice.recipient(), notice.subject(), outcome, attempt, error));
    }

    /** §2.4: iss, aud, iat, exp, jti, events, sub and sid; typ {@code logout+jwt}; never a nonce. */
    private String logoutToken(LogoutNotice n) {
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(n.issuer())
                .audience(List.of(n.recipient()))
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofMinutes(2)))
                .id(UUID.randomUUID().toString())
                .subject(n.subject())
                .claim("events", Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of()));
        if (n.sessionRef() != null) {
            claims.claim("sid", n.sessionRef());
        }
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(keys.currentKid(JWSAlgorithm.RS256))
                .type("logout+jwt").build();
        return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }
}
