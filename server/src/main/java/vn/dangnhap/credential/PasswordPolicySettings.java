package vn.dangnhap.credential;

import org.hibernate.validator.constraints.Range;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import vn.dangnhap.shared.AdministratorSettings;

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
@AdministratorSettings(group = "passwordPolicy", order = 30)
@Validated
public record PasswordPolicySettings(
        @DefaultValue("8") @Range(min = 1, max = PasswordCredentials.MAX_PASSWORD_LENGTH) int minLengthWithMfa,
        @DefaultValue("14") @Range(min = 1, max = PasswordCredentials.MAX_PASSWORD_LENGTH) int minLengthWithoutMfa,
        @DefaultValue("256") @Range(min = 1, max = PasswordCredentials.MAX_PASSWORD_LENGTH) int maxLength,
        @DefaultValue("5") @Range(min = 0, max = 100) int history) {

    public PasswordPolicySettings {
        int longestMinimum = Math.max(minLengthWithMfa, minLengthWithoutMfa);
        if (maxLength < longestMinimum) {
            throw new IllegalArgumentException("dangnhap.password.policy.max-length: must be at least the minimum lengths ("
                    + longestMinimum + ")");
        }
    }

    public int minLength(boolean hasMfa) {
        return hasMfa ? minLengthWithMfa : minLengthWithoutMfa;
    }
}
