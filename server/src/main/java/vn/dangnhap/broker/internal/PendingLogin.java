package vn.dangnhap.broker.internal;

import java.io.Serializable;
import java.time.Instant;

/**
 * An upstream login under way, kept in the HTTP session between the redirect to the provider and
 * its callback: the values the callback must match (state, nonce) and the PKCE verifier.
 */
record PendingLogin(String alias, String state, String nonce, String codeVerifier, String redirectUri, Instant startedAt)
        implements Serializable {

    static final String SESSION_ATTRIBUTE = PendingLogin.class.getName();
}
