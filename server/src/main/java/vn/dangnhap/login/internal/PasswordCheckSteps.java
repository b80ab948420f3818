package vn.dangnhap.login.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.dangnhap.credential.LoginAttempt;
import vn.dangnhap.credential.LoginThrottle;
import vn.dangnhap.credential.PasswordCheck;
import vn.dangnhap.credential.PasswordCredentials;
import vn.dangnhap.credential.ThrottleVerdict;
import vn.dangnhap.shared.ClientInfo;
import vn.dangnhap.login.LoginFailed;
import vn.dangnhap.login.LoginFailureReason;

/**
 * The steps every password login shares, official or citizen: ask the brute-force throttle
 * before the hash (a refusal costs none), check the password with one Argon2id hash (an unknown
 * name costs the same hash and gets the same answer), tell the throttle the outcome, and publish
 * each refusal as {@link LoginFailed} with its reason.
 */
@Component
class PasswordCheckSteps {

    private final PasswordCredentials passwords;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;

    PasswordCheckSteps(PasswordCredentials passwords, LoginThrottle throttle, ApplicationEventPublisher events) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.events = events;
    }

    /** This request's attempt at the name counted under {@code throttleKey}. */
    LoginAttempt attempt(String throttleKey, UUID accountId) {
        HttpServletRequest request = currentRequest();
        return new LoginAttempt(throttleKey, accountId, DeviceCookie.read(request), currentClient().ip());
    }

    /** @throws LoginRefused the throttle holds the name or the client back */
    void checkThrottle(String typed, LoginAttempt attempt) {
        ThrottleVerdict verdict = throttle.check(attempt);
        if (!verdict.allowed()) {
            LoginFailureReason reason = switch (verdict.refusal()) {
                case ACCOUNT_TEMPORARILY_LOCKED -> LoginFailureReason.ACCOUNT_TEMPORARILY_LOCKED;
                case CLIENT_THROTTLED -> LoginFailureReason.CLIENT_THROTTLED;
            };
            throw refuse(typed, attempt.accountId(), reason, verdict.retryAfterMinutes());
        }
    }

    /** @throws LoginRefused no password, or not this one (the failure is counted) */
    void checkPassword(String typed, LoginAttempt attempt, String password) {
        PasswordCheck check = passwords.check(attempt.accountId(), password);
        if (check != PasswordCheck.MATCH) {
            throttle.recordFailure(attempt);
            throw refuse(typed, attempt.accountId(), check == PasswordCheck.NO_PASSWORD
                    ? LoginFailureReason.NO_PASSWORD : LoginFailureReason.BAD_PASSWORD);
        }
    }

    /** Nobody has the name: the same hash as a real check, the failure counted, the same refusal. */
    LoginRefused unknown(String typed, LoginAttempt attempt) {
        passwords.burnTime();
        throttle.recordFailure(attempt);
        return refuse(typed, null, LoginFailureReason.UNKNOWN_ACCOUNT);
    }

    /** The right password: the name's failure count starts over. */
    void succeeded(LoginAttempt attempt) {
        throttle.recordSuccess(attempt);
    }

    LoginRefused refuse(String typed, UUID accountId, LoginFailureReason reason) {
        return refuse(typed, accountId, reason, 0);
    }

    private LoginRefused refuse(String typed, UUID accountId, LoginFailureReason reason, long retryAfterMinutes) {
        String recorded = typed.length() > 256 ? typed.substring(0, 256) : typed;
        events.publishEvent(new LoginFailed(recorded, accountId, reason, currentClient()));
        return new LoginRefused(reason, retryAfterMinutes);
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }

    private static ClientInfo currentClient() {
        // The same address the audit trail records (the proxy's X-Forwarded-For only when the proxy is trusted).
        HttpServletRequest request = currentRequest();
        return request == null ? new ClientInfo(null, null) : ClientInfo.of(request);
    }
}
