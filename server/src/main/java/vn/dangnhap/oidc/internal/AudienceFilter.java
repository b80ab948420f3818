package vn.dangnhap.oidc.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.dangnhap.citizen.CitizenAccount;
import vn.dangnhap.citizen.CitizenAccounts;
import vn.dangnhap.directory.AppAccessPolicy;
import vn.dangnhap.login.ClientInfo;
import vn.dangnhap.login.SignedInAccount;
import vn.dangnhap.login.SignedInCitizen;
import vn.dangnhap.oidc.AuthorizationRefused;
import vn.dangnhap.login.SignedInOfficial;

/**
 * Stops an authorization request (RFC 6749 §4.1.1) before a code is issued when the application is
 * not for the kind of account signed in: a citizen at an application for officials only (or one
 * that needs a verified personal identification number the citizen has not proven), an official
 * at an application for citizens only. The request is forwarded to {@link AppRefusedPage} (403);
 * no code is issued and the browser is not sent back to the application. Officials' unit and role
 * rules are the portal's and CAS's business, as before. Runs just before {@link LinkRequiredFilter}.
 */
@Component
class AudienceFilter extends OncePerRequestFilter {

    private final AppAccessPolicy access;
    private final CitizenAccounts citizens;
    private final RegisteredClients clients;
    private final ApplicationEventPublisher events;

    AudienceFilter(AppAccessPolicy access, CitizenAccounts citizens, RegisteredClients clients, ApplicationEventPublisher events) {
        this.access = access;
        this.citizens = citizens;
        this.clients = clients;
        this.events = events;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !LinkRequiredFilter.PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Object principal = auth == null || !auth.isAuthenticated() ? null : auth.getPrincipal();
        var client = principal == null ? null : clients.findByClientId(request.getParameter("client_id"));
        if (client != null) {
            // client id = application code (RegisteredClients)
            Optional<String> refusal = refusal(principal, client.getClientId());
            if (refusal.isPresent()) {
                SignedInAccount account = (SignedInAccount) principal;
                events.publishEvent(new AuthorizationRefused(account.accountId(), account.loginName(), client.getClientId(),
                        refusal.get().substring("app.refused.".length()).replace('-', '_').toUpperCase(Locale.ROOT),
                        ClientInfo.of(request)));
                request.setAttribute(AppRefusedPage.REASON, refusal.get());
                request.setAttribute(AppRefusedPage.APPLICATION, client.getClientName());
                request.getRequestDispatcher(AppRefusedPage.PATH).forward(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The message key of the refusal, or empty when the signed-in account may open the application. */
    Optional<String> refusal(Object principal, String applicationCode) {
        if (principal instanceof SignedInOfficial) {
            return access.forOfficials(applicationCode) ? Optional.empty() : Optional.of("app.refused.citizens-only");
        }
        if (principal instanceof SignedInCitizen citizen) {
            // Read fresh: a session may outlive a merge or a disabling.
            Optional<CitizenAccount> account = citizens.find(citizen.accountId()).filter(CitizenAccount::canSignIn);
            if (account.isEmpty()) {
                return Optional.of("app.refused.account-closed");
            }
            return switch (access.citizenAccess(applicationCode, account.get().verified())) {
                case ALLOWED -> Optional.empty();
                case OFFICIALS_ONLY -> Optional.of("app.refused.officials-only");
                case VERIFICATION_REQUIRED -> Optional.of("app.refused.verification-required");
            };
        }
        return Optional.empty();
    }

}
