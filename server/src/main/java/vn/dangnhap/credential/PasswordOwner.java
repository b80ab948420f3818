package vn.dangnhap.credential;

/**
 * Who a new password is for, as far as the policy needs to know: the names it may not contain,
 * and whether the account has a second factor (which allows a shorter password).
 *
 * @param username the login name (for officials: the e-mail local part)
 * @param email    the e-mail address, or null
 * @param hasMfa   whether the account has a second factor
 */
public record PasswordOwner(String username, String email, boolean hasMfa) {

    public static PasswordOwner withoutMfa(String username, String email) {
        return new PasswordOwner(username, email, false);
    }

    /** The e-mail's local part, or null. */
    String emailLocalPart() {
        if (email == null || email.indexOf('@') <= 0) {
            return null;
        }
        return email.substring(0, email.indexOf('@'));
    }
}
