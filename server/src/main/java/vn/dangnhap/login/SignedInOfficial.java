package vn.dangnhap.login;

import java.io.Serializable;
import java.util.UUID;

/** Who the SSO session belongs to. Kept small: it is stored in the HTTP session. */
public record SignedInOfficial(UUID accountId, String email, String fullName) implements Serializable {

    @Override
    public String toString() {
        return email;
    }
}
