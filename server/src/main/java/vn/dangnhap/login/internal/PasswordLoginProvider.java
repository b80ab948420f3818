package vn.dangnhap.login.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.dangnhap.login.Account;
import vn.dangnhap.login.LoginFailureReason;
import vn.dangnhap.shared.InvalidInputException;

/**
 * Password login, from the form and from HTTP Basic on the API: finds whose account the typed name
 * is ({@link LoginNameLookup}: one indexed look-up for an official), then hands over to the login of
 * that kind of account — {@link OfficialPasswordLogin} or {@link CitizenPasswordLogin} — which share
 * the throttle and hashing steps ({@link PasswordCheckSteps}). A name nobody has costs the same hash
 * and gets the same answer as a wrong password. The browser's device cookie is written after a
 * successful form login by {@link LoginOutcomes}, not here.
 */
@Component
class PasswordLoginProvider implements AuthenticationProvider {

    private final LoginNameLookup names;
    private final PasswordCheckSteps steps;
    private final OfficialPasswordLogin officials;
    private final CitizenPasswordLogin citizens;

    PasswordLoginProvider(LoginNameLookup names, PasswordCheckSteps steps, OfficialPasswordLogin officials,
                          CitizenPasswordLogin citizens) {
        this.names = names;
        this.steps = steps;
        this.officials = officials;
        this.citizens = citizens;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String typed = request.getName() == null ? "" : request.getName();
        String password = request.getCredentials() == null ? "" : request.getCredentials().toString();
        if (typed.isBlank() || password.isEmpty()) {
            throw steps.refuse(typed, null, LoginFailureReason.EMPTY_FIELDS);
        }
        LoginNameLookup.Candidate candidate;
        try {
            candidate = names.find(typed);
        } catch (InvalidInputException e) {
            throw steps.refuse(typed, null, reasonOf(e));
        }
        return switch (candidate) {
            case LoginNameLookup.Known(Account.Official o, String key) -> officials.signIn(typed, o.account(), key, password);
            case LoginNameLookup.Known(Account.Citizen c, String key) -> citizens.signIn(typed, c.account(), key, password);
            case LoginNameLookup.Unknown(String key) -> {
                var attempt = steps.attempt(key, null);
                steps.checkThrottle(typed, attempt);
                throw steps.unknown(typed, attempt);
            }
        };
    }

    private static LoginFailureReason reasonOf(InvalidInputException e) {
        return switch (e.messageKey()) {
            case "login.username.too-long" -> LoginFailureReason.USERNAME_TOO_LONG;
            case "login.domain.unknown" -> LoginFailureReason.UNKNOWN_DOMAIN;
            case "login.username.required" -> LoginFailureReason.EMPTY_FIELDS;
            default -> LoginFailureReason.INVALID_USERNAME;
        };
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
