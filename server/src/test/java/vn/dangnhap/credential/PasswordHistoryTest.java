package vn.dangnhap.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangnhap.testsupport.DemoPortalTest;

/** Changing a password through {@link PasswordCredentials} on H2: the history of 5, the current password, default passwords. */
@DemoPortalTest
class PasswordHistoryTest {

    @Autowired PasswordCredentials passwords;

    final UUID account = UUID.randomUUID();
    final PasswordOwner owner = PasswordOwner.withoutMfa("lichsu", "lichsu@demo.gov.vn");

    static List<String> keys(PasswordRejected e) {
        return e.broken().stream().map(PasswordRuleBroken::messageKey).toList();
    }

    @Test
    void refusesAnyOfTheLastFivePasswordsAndAcceptsTheSixthBack() {
        passwords.setPassword(account, "Mật khẩu số không 2026");
        String current = "Mật khẩu số không 2026";
        for (int i = 1; i <= 5; i++) {
            String next = "Mật khẩu số " + i + " của năm 2026";
            passwords.changePassword(account, current, next, owner);
            current = next;
        }
        // History now: 5, 4, 3, 2, 1 (the first, "không", has dropped out).
        for (int i = 1; i <= 5; i++) {
            String old = "Mật khẩu số " + i + " của năm 2026";
            String typedCurrent = current;
            assertThatThrownBy(() -> passwords.changePassword(account, typedCurrent, old, owner))
                    .isInstanceOfSatisfying(PasswordRejected.class, e -> {
                        assertThat(keys(e)).containsExactly("password.policy.reused");
                        assertThat(e.broken().getFirst().arguments()).containsExactly(5);
                    });
        }
        assertThat(passwords.verify(account, current)).isTrue();
        passwords.changePassword(account, current, "Mật khẩu số không 2026", owner);
        assertThat(passwords.verify(account, "Mật khẩu số không 2026")).isTrue();
    }

    @Test
    void aWrongCurrentPasswordIsReportedWithThePolicyButNotTheHistoryAndNothingIsStored() {
        passwords.setPassword(account, "Đúng là mật khẩu cũ 2026");
        assertThatThrownBy(() -> passwords.changePassword(account, "sai rồi", "Đúng là mật khẩu cũ 2026", owner))
                .isInstanceOfSatisfying(PasswordRejected.class, e -> assertThat(keys(e)).containsExactly("password.current.wrong"));
        assertThatThrownBy(() -> passwords.changePassword(account, "sai rồi", "lichsu", owner))
                .isInstanceOfSatisfying(PasswordRejected.class, e -> assertThat(keys(e)).containsExactly(
                        "password.current.wrong", "password.policy.too-short", "password.policy.contains-username"));
        assertThat(passwords.verify(account, "Đúng là mật khẩu cũ 2026")).isTrue();
    }

    @Test
    void aDefaultPasswordMustChangeIsReadableAndCannotBeKept() {
        String issued = passwords.issueDefaultPassword(account);
        assertThat(issued).hasSize(12).matches("[A-HJ-NP-Za-km-z2-9@#%+=?]{12}").containsPattern("[2-9]").containsPattern("[@#%+=?]");
        assertThat(passwords.status(account)).hasValueSatisfying(s -> assertThat(s.mustChange()).isTrue());
        assertThat(passwords.verify(account, issued)).isTrue();

        assertThatThrownBy(() -> passwords.changePassword(account, issued, issued, owner))
                .isInstanceOfSatisfying(PasswordRejected.class, e -> assertThat(keys(e))
                        .containsExactly("password.policy.too-short", "password.policy.reused"));
        assertThat(passwords.status(account)).hasValueSatisfying(s -> assertThat(s.mustChange()).isTrue());

        passwords.changePassword(account, issued, "Trống đồng Đông Sơn 2026", owner);
        assertThat(passwords.status(account)).hasValueSatisfying(s -> assertThat(s.mustChange()).isFalse());
        assertThat(passwords.verify(account, issued)).isFalse();
    }
}
