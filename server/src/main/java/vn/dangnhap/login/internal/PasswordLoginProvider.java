package vn.dangnhap.login.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.dangnhap.citizen.CitizenAccount;
import vn.dangnhap.citizen.CitizenAccounts;
import vn.dangnhap.citizen.PasswordCutoff;
import vn.dangnhap.credential.LoginAttempt;
import vn.dangnhap.credential.LoginThrottle;
import vn.dangnhap.credential.PasswordCheck;
import vn.dangnhap.credential.PasswordCredentials;
import vn.dangnhap.credential.ThrottleVerdict;
import vn.dangnhap.directory.AccountStatus;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.EmailAddress;
import vn.dangnhap.directory.LoginNames;
import vn.dangnhap.directory.OfficialAccount;
import vn.dangnhap.login.ClientInfo;
import vn.dangnhap.login.LoginFailed;
import vn.dangnhap.login.LoginFailureReason;
import vn.dangnhap.login.SignedInCitizen;
import vn.dangnhap.login.SignedInOfficial;
import vn.dangnhap.shared.InvalidInputException;

/**
 * Password login for officials: the typed name becomes an e-mail (default domain appended), the
 * account is looked up in one indexed query, the password checked with Argon2id. Unknown
 * account and wrong password cost the same hash and give the same answer. Every refusal is
 * published as {@link LoginFailed} with its reason.
 *
 * <p>Brute force: {@link LoginThrottle} is asked before the hash (a refusal costs none) and told
 * the outcome after it. The typed name is counted even when no account has it, so a temporary
 * lock looks the same for every name and the lock message reveals nothing. A browser that logged
 * in before carries a device cookie and is judged only by its own failures.
 *
 * <p>Citizens with a legacy portal account sign in on the same form (docs/citizens.md). The rule:
 * a name with {@code @} is always an official's; a name without is an official's when the directory
 * has {@code name@default-domain}, otherwise a citizen's when a legacy citizen account has that user
 * name; otherwise nobody's. The citizen path has the same throttle (counted on the user name), the
 * same single hash, and after the right password two more refusals: a disabled or merged account,
 * and the cut-off date for citizen passwords (Decree 59/2022 art. 40), which points to VNeID.
 */
@Component
class PasswordLoginProvider implements AuthenticationProvider {

    private final LoginNames loginNames;
    private final Directory directory;
    private final PasswordCredentials passwords;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CitizenAccounts citizens;
    private final PasswordCutoff cutoff;

    PasswordLoginProvider(LoginNames loginNames, Directory directory, PasswordCredentials passwords,
                          LoginThrottle throttle, ApplicationEventPublisher events, Clock clock,
                          CitizenAccounts citizens, PasswordCutoff cutoff) {
        this.citizens = citizens;
        this.cutoff = cutoff;
        this.loginNames = loginNames;
        this.directory = directory;
        this.passwords = passwords;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String typed = request.getName() == null ? "" : request.getName();
        String password = request.getCredentials() == null ? "" : request.getCredentials().toString();
        if (typed.isBlank() || password.isEmpty()) {
            throw refuse(typed, null, LoginFailureReason.EMPTY_FIELDS);
        }
        Optional<CitizenAccount> citizen = typed.contains("@") ? Optional.empty() : citizens.findByUsername(typed);
        EmailAddress email;
        try {
            email = loginNames.resolve(typed);
        } catch (InvalidInputException e) {
            if (citizen.isPresent()) {
                return citizenLogin(typed, citizen.get(), password);
            }
            throw refuse(typed, null, reasonOf(e));
        }
        Optional<OfficialAccount> found = directory.findOfficial(email);
        OfficialAccount official = found.orElse(null);
        if (official == null && citizen.isPresent()) {
            return citizenLogin(typed, citizen.get(), password);
        }
        LoginAttempt attempt = new LoginAttempt(email.value().toLowerCase(java.util.Locale.ROOT),
                official == null ? null : official.id(), DeviceCookie.read(currentRequest()), currentClient().ip());
        ThrottleVerdict verdict = throttle.check(attempt);
        if (!verdict.allowed()) {
            throw refuse(typed, id(official), reasonOf(verdict), verdict.retryAfterMinutes());
        }
        if (official == null) {
            passwords.burnTime();
            throttle.recordFailure(attempt);
            throw refuse(typed, null, LoginFailureReason.UNKNOWN_ACCOUNT);
        }
        PasswordCheck check = passwords.check(official.id(), password);
        if (check != PasswordCheck.MATCH) {
            throttle.recordFailure(attempt);
            throw refuse(typed, official.id(), check == PasswordCheck.NO_PASSWORD
                    ? LoginFailureReason.NO_PASSWORD : LoginFailureReason.BAD_PASSWORD);
        }
        if (official.status() == AccountStatus.LOCKED) {
            throw refuse(typed, official.id(), LoginFailureReason.ACCOUNT_LOCKED);
        }
        if (official.status() == AccountStatus.DISABLED) {
            throw refuse(typed, official.id(), LoginFailureReason.ACCOUNT_DISABLED);
        }
        rememberDevice(attempt);
        var principal = new SignedInOfficial(official.id(), official.email().value(), official.fullName());
        List<GrantedAuthority> authorities = new ArrayList<>();
        official.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        // Which factor proved the identity, and when: the OIDC provider derives auth_time from it.
        authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
                .issuedAt(clock.instant()).build());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    }

    /** A legacy citizen account's password login: the same throttle and hash, then the citizen's own refusals. */
    private Authentication citizenLogin(String typed, CitizenAccount citizen, String password) {
        LoginAttempt attempt = new LoginAttempt(citizen.username(), citizen.id(), DeviceCookie.read(currentRequest()),
                currentClient().ip());
        ThrottleVerdict verdict = throttle.check(attempt);
        if (!verdict.allowed()) {
            throw refuse(typed, citizen.id(), reasonOf(verdict), verdict.retryAfterMinutes());
        }
        PasswordCheck check = passwords.check(citizen.id(), password);
        if (check != PasswordCheck.MATCH) {
            throttle.recordFailure(attempt);
            throw refuse(typed, citizen.id(), check == PasswordCheck.NO_PASSWORD
                    ? LoginFailureReason.NO_PASSWORD : LoginFailureReason.BAD_PASSWORD);
        }
        if (!citizen.canSignIn()) {
            throw refuse(typed, citizen.id(), LoginFailureReason.ACCOUNT_DISABLED);
        }
        // Decree 59/2022 art. 40: after the cut-off only the national e-ID signs citizens in.
        if (cutoff.passed()) {
            throw refuse(typed, citizen.id(), LoginFailureReason.PASSWORD_LOGIN_ENDED);
        }
        rememberDevice(attempt);
        citizens.recordLogin(citizen.id(), null);
        var principal = new SignedInCitizen(citizen.id(), citizen.username(), citizen.fullName(), citizen.verified());
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_CITIZEN"));
        authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
                .issuedAt(clock.instant()).build());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    }

    private static UUID id(OfficialAccount official) {
        return official == null ? null : official.id();
    }

    private static LoginFailureReason reasonOf(InvalidInputException e) {
        return switch (e.messageKey()) {
            case "login.username.too-long" -> LoginFailureReason.USERNAME_TOO_LONG;
            case "login.domain.unknown" -> LoginFailureReason.UNKNOWN_DOMAIN;
            case "login.username.required" -> LoginFailureReason.EMPTY_FIELDS;
            default -> LoginFailureReason.INVALID_USERNAME;
        };
    }

    /**
     * Success resets the counter; a login through the form also (re)issues the device cookie.
     * HTTP Basic on the API has no browser to remember.
     */
    private void rememberDevice(LoginAttempt attempt) {
        throttle.recordSuccess(attempt);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getResponse() != null && isLoginForm(attributes.getRequest())) {
            String token = throttle.rememberDevice(attempt);
            DeviceCookie.write(attributes.getRequest(), attributes.getResponse(), token, throttle.deviceLifetime());
        }
    }

    private static boolean isLoginForm(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && (request.getContextPath() + "/login").equals(request.getRequestURI());
    }

    private static LoginFailureReason reasonOf(ThrottleVerdict verdict) {
        return switch (verdict.refusal()) {
            case ACCOUNT_TEMPORARILY_LOCKED -> LoginFailureReason.ACCOUNT_TEMPORARILY_LOCKED;
            case CLIENT_THROTTLED -> LoginFailureReason.CLIENT_THROTTLED;
        };
    }

    private LoginRefused refuse(String typed, UUID accountId, LoginFailureReason reason) {
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
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return ClientInfo.of(attributes.getRequest());
        }
        return new ClientInfo(null, null);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
