package vn.dangnhap.login.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import vn.dangnhap.citizen.CitizenAccount;
import vn.dangnhap.citizen.CitizenAccounts;
import vn.dangnhap.citizen.PasswordCutoff;
import vn.dangnhap.credential.LoginAttempt;
import vn.dangnhap.login.LoginFailureReason;
import vn.dangnhap.login.SignedInCitizen;

/**
 * A legacy citizen account's password login (docs/citizens.md): the shared throttle and hash, then
 * the citizen's own refusals — a disabled or merged account, and the cut-off date for citizen
 * passwords (Decree 59/2022 art. 40), which points to VNeID.
 */
@Component
class CitizenPasswordLogin {

    private final PasswordCheckSteps steps;
    private final CitizenAccounts citizens;
    private final PasswordCutoff cutoff;
    private final Clock clock;

    CitizenPasswordLogin(PasswordCheckSteps steps, CitizenAccounts citizens, PasswordCutoff cutoff, Clock clock) {
        this.steps = steps;
        this.citizens = citizens;
        this.cutoff = cutoff;
        this.clock = clock;
    }

    Authentication signIn(String typed, CitizenAccount citizen, String throttleKey, String password) {
        LoginAttempt attempt = steps.attempt(throttleKey, citizen.id());
        steps.checkThrottle(typed, attempt);
        steps.checkPassword(typed, attempt, password);
        if (!citizen.canSignIn()) {
            throw steps.refuse(typed, citizen.id(), LoginFailureReason.ACCOUNT_DISABLED);
        }
        // Decree 59/2022 art. 40: after the cut-off only the national e-ID signs citizens in.
        if (cutoff.passed()) {
            throw steps.refuse(typed, citizen.id(), LoginFailureReason.PASSWORD_LOGIN_ENDED);
        }
        steps.succeeded(attempt);
        citizens.recordLogin(citizen.id(), null);
        var principal = new SignedInCitizen(citizen.id(), citizen.username(), citizen.fullName());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of(
                new SimpleGrantedAuthority("ROLE_CITIZEN"),
                FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY).issuedAt(clock.instant()).build()));
    }
}
