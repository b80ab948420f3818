package vn.dangnhap.login;

import vn.dangnhap.shared.AccountKind;
import java.util.UUID;

/**
 * A citizen's SSO session. {@code loginName} is the legacy portal user name, or for an account made
 * from a national e-ID login its personal identification number <em>masked</em> (the session is
 * shown on pages and written to logs; the full number stays in the citizen module). Whether the
 * number is proven is read from the account, never kept here: another session may prove it.
 */
public record SignedInCitizen(UUID accountId, String loginName, String fullName) implements SignedInAccount {

    @Override
    public AccountKind kind() {
        return AccountKind.CITIZEN;
    }

    @Override
    public String toString() {
        return loginName;
    }
}
