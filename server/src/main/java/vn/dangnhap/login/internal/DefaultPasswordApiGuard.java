package vn.dangnhap.login.internal;

import vn.dangnhap.web.ApiProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.dangnhap.credential.PasswordCredentials;
import vn.dangnhap.credential.PasswordStatus;
import vn.dangnhap.login.SignedInOfficial;

/**
 * The REST API has no session for {@link PasswordChangeFilter} to mark: a caller authenticated
 * (HTTP Basic) with a default password is refused, 403, until the password is changed in the browser.
 */
class DefaultPasswordApiGuard extends OncePerRequestFilter {

    private final PasswordCredentials passwords;

    DefaultPasswordApiGuard(PasswordCredentials passwords) {
        this.passwords = passwords;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInOfficial official
                && passwords.status(official.accountId()).map(PasswordStatus::mustChange).orElse(false)) {
            ApiProblems.write(response, 403, "Forbidden",
                    "The password is a default password: change it at /password/change before using the API.");
            return;
        }
        chain.doFilter(request, response);
    }
}
