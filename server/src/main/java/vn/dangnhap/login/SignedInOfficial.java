package vn.dangnhap.login;

import java.io.Serializable;
import java.util.UUID;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * Who the SSO session belongs to. Kept small: it is stored in the HTTP session. Its name is the
 * account id, which is the stable {@code sub} applications see (an e-mail can change).
 */
public record SignedInOfficial(UUID accountId, String email, String fullName) implements Serializable, AuthenticatedPrincipal {

    @Override
    public String getName() {
        return accountId.toString();
    }

    @Override
    public String toString() {
        return email;
    }
}
