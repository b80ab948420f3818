package vn.dangnhap.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangnhap.credential.internal.CommonPasswords;

/** Each rule of the password policy, and that every broken rule is reported at once. */
class PasswordPolicyTest {

    static final CommonPasswords COMMON = new CommonPasswords();
    final PasswordPolicy policy = new PasswordPolicy(new PasswordPolicySettings(8, 14, 256, 5), COMMON);
    final PasswordOwner an = PasswordOwner.withoutMfa("nguyenvanan", "nguyenvanan@demo.gov.vn");

    List<String> keys(String candidate, PasswordOwner owner) {
        return policy.check(candidate, owner).stream().map(PasswordRuleBroken::messageKey).toList();
    }

    @Test
    void acceptsALongUncommonPasswordWithoutTheName() {
        assertThat(policy.check("Sông Hồng chảy qua Hà Nội 2026", an)).isEmpty();
    }

    @Test
    void requiresFourteenCharactersWithoutMfaAndEightWithMfa() {
        assertThat(policy.check("Ab3$efgh-jk12", an)).containsExactly(PasswordRuleBroken.of("password.policy.too-short", 14));
        assertThat(keys("Ab3$efgh-jk123", an)).isEmpty();
        PasswordOwner withMfa = new PasswordOwner("nguyenvanan", "nguyenvanan@demo.gov.vn", true);
        assertThat(keys("Ab3$efgh", withMfa)).isEmpty();
        assertThat(policy.check("Ab3$efg", withMfa)).containsExactly(PasswordRuleBroken.of("password.policy.too-short", 8));
    }

    @Test
    void countsCharactersNotUtf16Units() {
        // 13 characters but 15 UTF-16 units (two emoji outside the BMP): too short.
        assertThat(keys("Mưa rơi 🌧🌧 20", an)).containsExactly("password.policy.too-short");
        assertThat(keys("Mưa rơi 🌧🌧 202", an)).isEmpty();
    }

    @Test
    void refusesMoreThanTheMaximumLengthAndNothingElseIsLookedAt() {
        assertThat(policy.check("nguyenvanan".repeat(30), an)).containsExactly(PasswordRuleBroken.of("password.too-long", 256));
        assertThat(keys("x".repeat(256), an)).isEmpty();
    }

    @Test
    void refusesAnEmptyPassword() {
        assertThat(keys("", an)).containsExactly("password.required");
        assertThat(keys(null, an)).containsExactly("password.required");
    }

    @Test
    void refusesThePasswordEqualToOrContainingTheUsernameWhateverTheCase() {
        assertThat(keys("nguyenvanan", an)).contains("password.policy.contains-username");
        assertThat(keys("Xin chao NguyenVanAn 2026", an)).containsExactly("password.policy.contains-username");
    }

    @Test
    void comparesWithVietnameseDiacriticsAndSeparatorsStripped() {
        assertThat(keys("Nguyễn Văn An rất vui 2026", an)).containsExactly("password.policy.contains-username");
        PasswordOwner dung = PasswordOwner.withoutMfa("dang.thi.ha", "dang.thi.ha@demo.gov.vn");
        assertThat(keys("Chị Đặng-Thị-Hà ở Huế 2026", dung)).containsExactly("password.policy.contains-username");
        assertThat(keys("ĐẶNGTHỊHÀ mùa thu 2026", dung)).containsExactly("password.policy.contains-username");
    }

    @Test
    void refusesTheEmailLocalPartWhenItDiffersFromTheUsername() {
        PasswordOwner owner = PasswordOwner.withoutMfa("an.nv", "tran.thi.binh@demo.gov.vn");
        assertThat(keys("Ban tran.thi.binh 2026!", owner)).containsExactly("password.policy.contains-username");
    }

    @Test
    void refusesTheTenThousandMostCommonPasswordsCaseInsensitively() {
        assertThat(COMMON.size()).as("10,000 lines, a few equal once case is ignored").isBetween(9_900, 10_000);
        assertThat(keys("password1", an)).containsExactlyInAnyOrder("password.policy.too-short", "password.policy.common");
        assertThat(keys("123456789", an)).containsExactlyInAnyOrder("password.policy.too-short", "password.policy.common");
        assertThat(keys("PASSWORD1", an)).contains("password.policy.common");
        assertThat(keys("PolniyPizdec0211", an)).containsExactly("password.policy.common");
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        PasswordOwner owner = PasswordOwner.withoutMfa("michael", "michael@demo.gov.vn");
        assertThat(keys("michael", owner)).containsExactly("password.policy.too-short",
                "password.policy.contains-username", "password.policy.common");
    }

    @Test
    void shortNamesAreNotLookedForInsidePasswords() {
        PasswordOwner owner = PasswordOwner.withoutMfa("an", "an@demo.gov.vn");
        assertThat(keys("Bình an mỗi ngày nhé 2026", owner)).isEmpty();
        assertThat(keys("an", owner)).contains("password.policy.contains-username");
    }

    @Test
    void settingsRefuseImpossibleLengths() {
        assertThatThrownBy(() -> new PasswordPolicySettings(8, 300, 256, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PasswordPolicySettings(8, 14, 10, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
