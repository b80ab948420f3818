package vn.dangnhap.credential;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.dangnhap.credential.internal.CommonPasswords;

/**
 * The rules a password chosen by its owner must meet (issue 4): a minimum length (shorter with a
 * second factor), a maximum length, not equal to or containing the username or the e-mail local
 * part, and not among the 10,000 most common passwords. The rule "not one of the last N
 * passwords" needs the stored hashes and is checked by {@link PasswordCredentials#changePassword}.
 *
 * <p>Every broken rule is reported, not only the first. Names are compared case-insensitively,
 * also with Vietnamese diacritics stripped ("Nguyễn" = "nguyen") and with separators ignored
 * ("tran.van.moi" is found in "TranVanMoi2026"). Names shorter than {@value #MIN_NAME_LENGTH}
 * characters are not looked for inside the password: almost every password would contain them.
 */
@Component
public class PasswordPolicy {

    static final int MIN_NAME_LENGTH = 3;

    private final PasswordPolicySettings settings;
    private final CommonPasswords common;

    public PasswordPolicy(PasswordPolicySettings settings, CommonPasswords common) {
        this.settings = settings;
        this.common = common;
    }

    public PasswordPolicySettings settings() {
        return settings;
    }

    /** Every rule {@code candidate} breaks for {@code owner}; empty when it is acceptable. */
    public List<PasswordRuleBroken> check(String candidate, PasswordOwner owner) {
        List<PasswordRuleBroken> broken = new ArrayList<>();
        if (candidate == null || candidate.isEmpty()) {
            broken.add(PasswordRuleBroken.of("password.required"));
            return broken;
        }
        int length = candidate.codePointCount(0, candidate.length());
        int min = settings.minLength(owner.hasMfa());
        if (length < min) {
            broken.add(PasswordRuleBroken.of("password.policy.too-short", min));
        }
        if (length > settings.maxLength()) {
            // Nothing else is looked at: a huge input is not worth normalising.
            return List.of(PasswordRuleBroken.of("password.too-long", settings.maxLength()));
        }
        if (containsName(candidate, owner)) {
            broken.add(PasswordRuleBroken.of("password.policy.contains-username"));
        }
        if (common.contains(candidate)) {
            broken.add(PasswordRuleBroken.of("password.policy.common"));
        }
        return broken;
    }

    private static boolean containsName(String candidate, PasswordOwner owner) {
        String plain = plain(candidate);
        String compact = compact(plain);
        return Stream.of(owner.username(), owner.emailLocalPart(), owner.email())
                .filter(name -> name != null && !name.isBlank())
                .map(PasswordPolicy::plain)
                .anyMatch(name -> plain.equals(name)
                        || (name.length() >= MIN_NAME_LENGTH && plain.contains(name))
                        || (compact(name).length() >= MIN_NAME_LENGTH && compact.contains(compact(name))));
    }

    /** Lower case, Vietnamese diacritics removed ("Đặng Thị Hà" → "dang thi ha"). */
    static String plain(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    /** Only letters and digits. */
    private static String compact(String plain) {
        return plain.replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
