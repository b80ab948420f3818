package vn.dangnhap.oidc.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import vn.dangnhap.login.SignedInAccount;
import vn.dangnhap.login.SignedInCitizen;
import vn.dangnhap.login.SignedInOfficial;

/**
 * The person a grant was made for, as much of the sign-in as the provider reads back: the account
 * (kind and id, for the entry decision at every refresh and UserInfo; the id is {@code sub}), the
 * names the session showed, the plain authorities, and the factors with the time each was proven —
 * the authorization server derives {@code auth_time} from them at the code exchange. The web
 * details of the login (address, session id) are not kept: nothing reads them from a grant.
 *
 * @param kind {@code official} or {@code citizen}
 */
record StoredPerson(String kind, UUID accountId, String loginName, String fullName, List<String> authorities,
                    List<Factor> factors) {

    private static final String OFFICIAL = "official";
    private static final String CITIZEN = "citizen";

    /** An authentication factor and when it was proven. */
    record Factor(String authority, Instant issuedAt) {}

    static StoredPerson of(Object principal) {
        if (!(principal instanceof Authentication authentication)
                || !(authentication.getPrincipal() instanceof SignedInAccount account)) {
            throw new IllegalArgumentException("the grant's principal is not a signed-in person ("
                    + (principal == null ? "none" : principal.getClass().getName()) + ")");
        }
        List<String> authorities = new ArrayList<>();
        List<Factor> factors = new ArrayList<>();
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            if (authority instanceof FactorGrantedAuthority factor) {
                factors.add(new Factor(factor.getAuthority(), factor.getIssuedAt()));
            } else {
                authorities.add(authority.getAuthority());
            }
        }
        return switch (account) {
            case SignedInOfficial official -> new StoredPerson(OFFICIAL, official.accountId(), official.email(),
                    official.fullName(), authorities, factors);
            case SignedInCitizen citizen -> new StoredPerson(CITIZEN, citizen.accountId(), citizen.loginName(),
                    citizen.fullName(), authorities, factors);
        };
    }

    /** The sign-in as the session had it; authorities in their stored order, factors last. */
    Authentication toAuthentication() {
        if (accountId == null) {
            throw new IllegalArgumentException("person has no account id");
        }
        SignedInAccount account = switch (kind == null ? "" : kind) {
            case OFFICIAL -> new SignedInOfficial(accountId, loginName, fullName);
            case CITIZEN -> new SignedInCitizen(accountId, loginName, fullName);
            default -> throw new IllegalArgumentException("person is of an unknown kind");
        };
        List<GrantedAuthority> granted = new ArrayList<>();
        if (authorities != null) {
            authorities.forEach(authority -> granted.add(new SimpleGrantedAuthority(authority)));
        }
        if (factors != null) {
            factors.forEach(factor -> granted.add(FactorGrantedAuthority.withAuthority(factor.authority())
                    .issuedAt(factor.issuedAt()).build()));
        }
        return UsernamePasswordAuthenticationToken.authenticated(account, null, granted);
    }
}
