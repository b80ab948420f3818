package vn.dangnhap.oidc.internal;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * How the person proved who they are, as the ID token tells it (OpenID Connect Core §2): {@code amr}
 * with the values of RFC 8176 and {@code acr}, a class per way of logging in. Read from the factor
 * the login recorded in the session's authentication.
 *
 * <ul>
 *   <li>Password (the login form, the re-authentication page): {@code amr ["pwd"]},
 *       {@code acr "urn:dangnhap:acr:password"}.</li>
 *   <li>An upstream identity provider (VNeID): the person authenticated there, by means Dangnhap
 *       does not see — {@code amr ["fed"]} (federated, not an RFC 8176 value), {@code acr
 *       "urn:dangnhap:acr:federated"}.</li>
 * </ul>
 *
 * {@code acr_values} in a request is accepted; as every account has exactly one way in, it selects
 * nothing, and the {@code acr} says which one was used.
 */
record AuthenticationMethod(String acr, List<String> amr) {

    static final AuthenticationMethod PASSWORD = new AuthenticationMethod("urn:dangnhap:acr:password", List.of("pwd"));
    static final AuthenticationMethod FEDERATED = new AuthenticationMethod("urn:dangnhap:acr:federated", List.of("fed"));
    static final List<String> ACR_VALUES = List.of(PASSWORD.acr, FEDERATED.acr);

    /** The method of the newest factor, or none for a principal without one (a client acting for itself). */
    static java.util.Optional<AuthenticationMethod> of(Authentication person) {
        return person.getAuthorities().stream()
                .filter(FactorGrantedAuthority.class::isInstance)
                .map(FactorGrantedAuthority.class::cast)
                .max(java.util.Comparator.comparing(FactorGrantedAuthority::getIssuedAt))
                .map(factor -> FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY.equals(factor.getAuthority()) ? FEDERATED : PASSWORD);
    }
}
