package vn.dangnhap.oidc.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.dangnhap.entry.ApplicationEntry;
import vn.dangnhap.entry.Entry;
import vn.dangnhap.entry.EntryProtocol;
import vn.dangnhap.entry.RefusalReason;
import vn.dangnhap.entry.ReleasedIdentity;
import vn.dangnhap.login.Account;
import vn.dangnhap.login.Accounts;
import vn.dangnhap.shared.ClientInfo;
import vn.dangnhap.login.SignedInAccount;

/**
 * The entry decision for a person's grant each time it is used: every token issued for it (code
 * exchange and refresh) and every UserInfo request. A right removed or an account locked since the
 * grant was made ends it — the grant is revoked and the request fails ({@code invalid_grant} at
 * the token endpoint, RFC 6749 §5.2; {@code invalid_token} at UserInfo, RFC 6750 §3.1). Decided
 * once per request: the access token and the ID token of one response share the answer.
 */
@Component
class GrantEntry {

    /** The token endpoint's error for a refused grant. */
    static final String AT_TOKEN_ENDPOINT = OAuth2ErrorCodes.INVALID_GRANT;
    /** UserInfo's error for a refused grant. */
    static final String AT_USERINFO = OAuth2ErrorCodes.INVALID_TOKEN;

    private static final String DECIDED = GrantEntry.class.getName() + ".decided.";

    private final ApplicationEntry entry;
    private final Accounts accounts;
    private final AuthorizationStore authorizations;

    GrantEntry(ApplicationEntry entry, Accounts accounts, AuthorizationStore authorizations) {
        this.entry = entry;
        this.accounts = accounts;
        this.authorizations = authorizations;
    }

    /** Whether the grant belongs to a signed-in person (not a client acting for itself). */
    static boolean isPersonal(Authentication principal) {
        return principal != null && principal.getPrincipal() instanceof SignedInAccount;
    }

    /** The grant's person, read from the grant itself. */
    static Authentication personOf(OAuth2Authorization authorization) {
        return authorization.getAttribute(Principal.class.getName());
    }

    /**
     * What the application may be told now about the grant's person.
     *
     * @param errorCode the OAuth error the request fails with when entry is refused
     * @throws OAuth2AuthenticationException entry refused; the grant has been revoked
     */
    ReleasedIdentity admitted(OAuth2Authorization authorization, Authentication person, String clientId, String errorCode) {
        HttpServletRequest request = currentRequest();
        String key = DECIDED + authorization.getId();
        if (request != null && request.getAttribute(key) instanceof ReleasedIdentity decided) {
            return decided;
        }
        Account account = accounts.of(person).orElse(null);
        Entry answer = account == null
                ? new Entry.Refused(clientId, null, RefusalReason.ACCOUNT_DISABLED, null)
                : entry.enter(account, clientId, EntryProtocol.OIDC, request == null ? null : ClientInfo.of(request));
        return switch (answer) {
            case Entry.Admitted admitted -> {
                if (request != null) {
                    request.setAttribute(key, admitted.identity());
                }
                yield admitted.identity();
            }
            case Entry.Refused refused -> {
                authorizations.remove(authorization);
                throw new OAuth2AuthenticationException(new OAuth2Error(errorCode,
                        "The account may no longer use this application (" + refused.reason() + ")", null));
            }
        };
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
