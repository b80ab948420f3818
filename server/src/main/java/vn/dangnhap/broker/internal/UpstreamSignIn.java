package vn.dangnhap.broker.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import vn.dangnhap.broker.IdentityProvider;
import vn.dangnhap.broker.UpstreamLoginSucceeded;
import vn.dangnhap.shared.ClientInfo;
import vn.dangnhap.login.SessionSignIn;
import vn.dangnhap.login.SignedInOfficial;

/**
 * The last step of an e-ID login: the SSO session is opened ({@link SessionSignIn}), the login
 * noted and audited, and — when the provider offers RP-initiated logout — its logout address
 * (with {@code id_token_hint} and {@code post_logout_redirect_uri} back to Dangnhap's login page)
 * kept for Dangnhap's logout.
 */
@Component
class UpstreamSignIn {

    private final SessionSignIn sessions;
    private final WhoSignsIn whoSignsIn;
    private final UpstreamMetadata metadata;
    private final ApplicationEventPublisher events;

    UpstreamSignIn(SessionSignIn sessions, WhoSignsIn whoSignsIn, UpstreamMetadata metadata, ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.whoSignsIn = whoSignsIn;
        this.metadata = metadata;
        this.events = events;
    }

    void complete(HttpServletRequest request, HttpServletResponse response, IdentityProvider provider, EidIdentity identity,
                  WhoSignsIn.SignIn signIn) throws IOException {
        request.getSession().removeAttribute(EidIdentity.SESSION_ATTRIBUTE);
        whoSignsIn.recordLogin(signIn.account(), identity.ial());
        URI endSession = metadata.of(provider).metadata().getEndSessionEndpointURI();
        if (endSession != null) {
            String back = ServletUriComponentsBuilder.fromContextPath(request).path("/login").query("logout").build().toUriString();
            sessions.endUpstreamSessionAtLogout(request, UriComponentsBuilder.fromUri(endSession)
                    .queryParam("id_token_hint", identity.idToken())
                    .queryParam("client_id", provider.clientId())
                    .queryParam("post_logout_redirect_uri", back)
                    .encode().build().toUri());
        }
        events.publishEvent(new UpstreamLoginSucceeded(provider.alias(), signIn.account().accountId(),
                signIn.account() instanceof SignedInOfficial ? "OFFICIAL" : "CITIZEN", signIn.created(), identity.maskedPin(),
                identity.ial(), ClientInfo.of(request)));
        sessions.signIn(request, response, signIn.account(), provider.alias());
    }
}
