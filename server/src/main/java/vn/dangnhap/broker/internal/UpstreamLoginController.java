package vn.dangnhap.broker.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.dangnhap.broker.IdentityProvider;
import vn.dangnhap.broker.UpstreamLoginFailed;
import vn.dangnhap.shared.ClientInfo;

/**
 * {@code GET /login/upstream/{alias}} sends the browser to the provider (state, nonce and PKCE
 * verifier kept in the session, next to the request the login interrupted — an application's OIDC
 * or CAS login — which the sign-in continues); {@code GET /login/upstream/{alias}/callback} checks
 * the state, finishes the login and signs in (see {@link WhoSignsIn}). A cancellation, an upstream
 * error or an unreachable provider ends on the login page with a message, audited; nothing is created.
 */
@Controller
class UpstreamLoginController {

    private static final Logger log = LoggerFactory.getLogger(UpstreamLoginController.class);
    /** Time allowed at the provider: enough to type a password or confirm in the VNeID app. */
    private static final Duration PENDING_LIFETIME = Duration.ofMinutes(15);

    private final ProviderCatalogue catalogue;
    private final UpstreamFlow flow;
    private final WhoSignsIn whoSignsIn;
    private final UpstreamSignIn signIn;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UpstreamLoginController(ProviderCatalogue catalogue, UpstreamFlow flow, WhoSignsIn whoSignsIn, UpstreamSignIn signIn,
                            ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.catalogue = catalogue;
        this.flow = flow;
        this.whoSignsIn = whoSignsIn;
        this.signIn = signIn;
        this.events = events;
    }

    @GetMapping("/login/upstream/{alias}")
    String start(@PathVariable String alias, HttpServletRequest request, RedirectAttributes redirect) {
        Optional<IdentityProvider> provider = catalogue.find(alias).filter(IdentityProvider::enabled);
        if (provider.isEmpty()) {
            return refused(request, redirect, alias, new UpstreamLoginRefused("UNKNOWN_PROVIDER", "broker.error.unknown-provider", "start"));
        }
        try {
            URI callback = ServletUriComponentsBuilder.fromContextPath(request)
                    .path("/login/upstream/{alias}/callback").buildAndExpand(provider.get().alias()).toUri();
            UpstreamFlow.Start start = flow.start(provider.get(), callback);
            HttpSession session = request.getSession();
            session.removeAttribute(EidIdentity.SESSION_ATTRIBUTE);
            session.setAttribute(PendingLogin.SESSION_ATTRIBUTE, start.pending());
            return "redirect:" + start.authorizationUri();
        } catch (UpstreamLoginRefused e) {
            return refused(request, redirect, alias, e);
        }
    }

    @GetMapping("/login/upstream/{alias}/callback")
    String callback(@PathVariable String alias, @RequestParam(required = false) String code,
                    @RequestParam(required = false) String state, @RequestParam(required = false) String error,
                    HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        HttpSession session = request.getSession(false);
        PendingLogin pending = session == null ? null : (PendingLogin) session.getAttribute(PendingLogin.SESSION_ATTRIBUTE);
        if (session != null) {
            // One use only: a replayed callback finds nothing.
            session.removeAttribute(PendingLogin.SESSION_ATTRIBUTE);
        }
        try {
            if (pending == null || !pending.alias().equals(alias) || state == null || !state.equals(pending.state())) {
                throw new UpstreamLoginRefused("STATE_MISMATCH", "broker.error.state",
                        pending == null ? "no login under way in this session" : "state differs");
            }
            if (pending.startedAt().plus(PENDING_LIFETIME).isBefore(clock.instant())) {
                throw new UpstreamLoginRefused("STATE_MISMATCH", "broker.error.state", "login started too long ago");
            }
            if (error != null) {
                throw "access_denied".equals(error)
                        ? new UpstreamLoginRefused("CANCELLED", "broker.error.cancelled", "access_denied")
                        : new UpstreamLoginRefused("UPSTREAM_ERROR", "broker.error.upstream", UpstreamFlow.cut(error));
            }
            if (code == null || code.isBlank()) {
                throw new UpstreamLoginRefused("UPSTREAM_ERROR", "broker.error.upstream", "no code");
            }
            IdentityProvider provider = catalogue.find(alias).filter(IdentityProvider::enabled)
                    .orElseThrow(() -> new UpstreamLoginRefused("UNKNOWN_PROVIDER", "broker.error.unknown-provider", "callback"));
            EidIdentity identity = EidClaims.read(provider, flow.finish(provider, pending, code));
            WhoSignsIn.Outcome outcome = whoSignsIn.decide(provider, identity);
            if (outcome instanceof WhoSignsIn.SignIn sign) {
                signIn.complete(request, response, provider, identity, sign);
                return null;
            }
            request.getSession().setAttribute(EidIdentity.SESSION_ATTRIBUTE, identity);
            return "redirect:/login/upstream/attach";
        } catch (UpstreamLoginRefused e) {
            return refused(request, redirect, alias, e);
        } catch (RuntimeException e) {
            log.warn("Upstream login through {} failed", alias, e);
            return refused(request, redirect, alias,
                    new UpstreamLoginRefused("UPSTREAM_ERROR", "broker.error.upstream", e.getClass().getSimpleName()));
        }
    }

    private String refused(HttpServletRequest request, RedirectAttributes redirect, String alias, UpstreamLoginRefused e) {
        events.publishEvent(new UpstreamLoginFailed(UpstreamFlow.cut(alias), e.reason(), e.detail(), ClientInfo.of(request)));
        redirect.addFlashAttribute("upstreamErrorKey", e.messageKey());
        return "redirect:/login";
    }
}
