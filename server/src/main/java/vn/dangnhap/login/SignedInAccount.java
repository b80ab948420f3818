package vn.dangnhap.login;

import vn.dangnhap.shared.AccountKind;
import java.io.Serializable;
import java.util.UUID;
import org.springframework.security.core.AuthenticatedPrincipal;
import vn.dangnhap.shared.SignedInPerson;

/**
 * Whoever an SSO session belongs to: an official ({@link SignedInOfficial}) or a citizen
 * ({@link SignedInCitizen}). The name is the account id, the stable {@code sub} applications see.
 */
public sealed interface SignedInAccount extends Serializable, AuthenticatedPrincipal, SignedInPerson
        permits SignedInOfficial, SignedInCitizen {

    @Override
    UUID accountId();

    /** Which store holds the account: the session knows it from the login, so nobody has to ask both. */
    @Override
    AccountKind kind();

    String fullName();

    /** What the person typed or is known by at login: the e-mail, the legacy user name or the ID number. */
    @Override
    String loginName();

    @Override
    default String getName() {
        return accountId().toString();
    }
}
