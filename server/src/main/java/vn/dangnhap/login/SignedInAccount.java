package vn.dangnhap.login;

import java.io.Serializable;
import java.util.UUID;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * Whoever an SSO session belongs to: an official ({@link SignedInOfficial}) or a citizen
 * ({@link SignedInCitizen}). The name is the account id, the stable {@code sub} applications see.
 */
public sealed interface SignedInAccount extends Serializable, AuthenticatedPrincipal
        permits SignedInOfficial, SignedInCitizen {

    UUID accountId();

    String fullName();

    /** What the person typed or is known by at login: the e-mail, the legacy user name or the ID number. */
    String loginName();

    @Override
    default String getName() {
        return accountId().toString();
    }
}
