package vn.dangnhap.credential;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dangnhap.password.policy.*}: the rules a new password must meet (issue 4; national
 * security-level rules). An account with a second factor may use a shorter password. MFA does
 * not exist yet, so today every account is held to {@code minLengthWithoutMfa}.
 *
 * @param minLengthWithMfa    minimum length when the account has a second factor (default 8)
 * @param minLengthWithoutMfa minimum length otherwise (default 14)
 * @param maxLength           maximum length; longer input is refused unhashed (default 256)
 * @param history             how many recent passwords may not be used again (default 5; 0 turns the rule off)
 */
@ConfigurationProperties("dangnhap.password.policy")
public record PasswordPolicySettings(
        @DefaultValue("8") int minLengthWithMfa,
        @DefaultValue("14") int minLengthWithoutMfa,
        @DefaultValue("256") int maxLength,
        @DefaultValue("5") int history) {

    public PasswordPolicySettings {
        if (minLengthWithMfa < 1 || minLengthWithoutMfa < 1 || maxLength < Math.max(minLengthWithMfa, minLengthWithoutMfa)
                || maxLength > PasswordCredentials.MAX_PASSWORD_LENGTH || history < 0) {
            throw new IllegalArgumentException("dangnhap.password.policy: lengths must be 1 ≤ min ≤ max ≤ "
                    + PasswordCredentials.MAX_PASSWORD_LENGTH + " and history ≥ 0");
        }
    }

    public int minLength(boolean hasMfa) {
        return hasMfa ? minLengthWithMfa : minLengthWithoutMfa;
    }
}
