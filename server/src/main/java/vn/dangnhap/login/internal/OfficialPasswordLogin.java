package vn.dangnhap.login.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import vn.dangnhap.credential.LoginAttempt;
import vn.dangnhap.directory.AccountStatus;
import vn.dangnhap.directory.OfficialAccount;
import vn.dangnhap.login.LoginFailureReason;
import vn.dangnhap.login.SignedInOfficial;

/**
 * An official's password login: the shared throttle and hash, then the official's own refusals —
 * a locked or a disabled account (told only after the right password, so the state of an account is
 * never shown to someone who merely knows its name).
 */
@Component
class OfficialPasswordLogin {

    private final PasswordCheckSteps steps;
    private final Clock clock;

    OfficialPasswordLogin(PasswordCheckSteps steps, Clock clock) {
        this.steps = steps;
        this.clock = clock;
    }

    Authentication signIn(String typed, OfficialAccount official, String throttleKey, String password) {
        LoginAttempt attempt = steps.attempt(throttleKey, official.id());
        steps.checkThrottle(typed, attempt);
        steps.checkPassword(typed, attempt, password);
        if (official.status() == AccountStatus.LOCKED) {
            throw steps.refuse(typed, official.id(), LoginFailureReason.ACCOUNT_LOCKED);
        }
        if (official.status() == AccountStatus.DISABLED) {
            throw steps.refuse(typed, official.id(), LoginFailureReason.ACCOUNT_DISABLED);
        }
        steps.succeeded(attempt);
        var principal = new SignedInOfficial(official.id(), official.email().value(), official.fullName());
        List<GrantedAuthority> authorities = new ArrayList<>();
        official.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        // Which factor proved the identity, and when: the OIDC provider derives auth_time from it.
        authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
                .issuedAt(clock.instant()).build());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    }
}
