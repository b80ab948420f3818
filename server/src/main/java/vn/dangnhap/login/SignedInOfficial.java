package vn.dangnhap.login;

import vn.dangnhap.shared.AccountKind;
import java.util.UUID;

/**
 * Who the SSO session belongs to. Kept small: it is stored in the HTTP session. Its name is the
 * account id, which is the stable {@code sub} applications see (an e-mail can change).
 */
public record SignedInOfficial(UUID accountId, String email, String fullName) implements SignedInAccount {

    @Override
    public String loginName() {
        return email;
    }

    @Override
    public AccountKind kind() {
        return AccountKind.OFFICIAL;
    }

    @Override
    public String toString() {
        return email;
    }
}
