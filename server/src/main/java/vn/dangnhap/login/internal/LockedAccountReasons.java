package vn.dangnhap.login.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import vn.dangnhap.directory.AccountLock;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.LockReason;
import vn.dangnhap.directory.LoginNames;
import vn.dangnhap.login.LoginFailureReason;
import vn.dangnhap.shared.InvalidInputException;

/**
 * Why a refused account is locked, for the "account locked" page. Only asked after the provider
 * refused with {@code ACCOUNT_LOCKED}, which it does only after the right password: the reason
 * is never shown to someone who merely knows the username.
 */
@Component
class LockedAccountReasons {

    private final LoginNames loginNames;
    private final Directory directory;

    LockedAccountReasons(LoginNames loginNames, Directory directory) {
        this.loginNames = loginNames;
        this.directory = directory;
    }

    /** {@code &reason=PASSWORD_EXPIRED} for the login page's redirect, or empty when there is none to tell. */
    String redirectParameter(AuthenticationException refusal, HttpServletRequest request) {
        if (!(refusal instanceof LoginRefused refused) || refused.reason() != LoginFailureReason.ACCOUNT_LOCKED) {
            return "";
        }
        return reasonOf(request.getParameter("username")).map(reason -> "&reason=" + reason.name()).orElse("");
    }

    /** The reason named in the login page's query, if it is one we know (anything else is ignored). */
    static Optional<LockReason> parse(String reason) {
        return Arrays.stream(LockReason.values()).filter(r -> r.name().equals(reason)).findFirst();
    }

    private Optional<LockReason> reasonOf(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        try {
            return directory.findOfficial(loginNames.resolve(typed))
                    .flatMap(official -> directory.lockOf(official.id()))
                    .map(AccountLock::reason);
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }
}
