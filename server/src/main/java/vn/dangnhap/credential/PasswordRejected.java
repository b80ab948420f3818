package vn.dangnhap.credential;

import java.util.List;

/**
 * A new password was refused; {@link #broken()} lists every rule it breaks at once, so the
 * owner can fix them all in one go. Nothing was stored.
 */
public class PasswordRejected extends RuntimeException {

    private final transient List<PasswordRuleBroken> broken;

    public PasswordRejected(List<PasswordRuleBroken> broken) {
        super("password rejected: " + broken.stream().map(PasswordRuleBroken::messageKey).toList());
        this.broken = List.copyOf(broken);
    }

    public List<PasswordRuleBroken> broken() {
        return broken;
    }
}
