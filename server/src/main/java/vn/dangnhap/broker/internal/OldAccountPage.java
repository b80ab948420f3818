package vn.dangnhap.broker.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangnhap.broker.EidAccountAttached;
import vn.dangnhap.broker.EidAttachRefused;
import vn.dangnhap.broker.IdentityProvider;
import vn.dangnhap.citizen.CitizenAccount;
import vn.dangnhap.credential.LoginAttempt;
import vn.dangnhap.credential.LoginThrottle;
import vn.dangnhap.credential.PasswordCheck;
import vn.dangnhap.credential.PasswordCredentials;
import vn.dangnhap.credential.ThrottleVerdict;
import vn.dangnhap.shared.ClientInfo;

/**
 * "Bạn đã có tài khoản cũ?" — after an e-ID login whose number old accounts <em>claim</em> without
 * proof. The citizen may attach an old account only by proving it (its user name and password,
 * under the same brute-force throttle as the login form), or create a new account. Nothing is
 * attached on the claim alone.
 */
@Controller
class OldAccountPage {

    private static final String PAGE = "broker/old-account";

    private final ProviderCatalogue catalogue;
    private final WhoSignsIn whoSignsIn;
    private final UpstreamSignIn signIn;
    private final PasswordCredentials passwords;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;

    OldAccountPage(ProviderCatalogue catalogue, WhoSignsIn whoSignsIn, UpstreamSignIn signIn, PasswordCredentials passwords,
                   LoginThrottle throttle, ApplicationEventPublisher events) {
        this.catalogue = catalogue;
        this.whoSignsIn = whoSignsIn;
        this.signIn = signIn;
        this.passwords = passwords;
        this.throttle = throttle;
        this.events = events;
    }

    @GetMapping("/login/upstream/attach")
    String show(HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Optional<EidIdentity> identity = identity(request);
        if (identity.isEmpty()) {
            return expired(redirect);
        }
        return page(model, identity.get(), null, "");
    }

    @PostMapping("/login/upstream/attach")
    String attach(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
                  HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect)
            throws IOException {
        Optional<EidIdentity> found = identity(request);
        if (found.isEmpty()) {
            return expired(redirect);
        }
        EidIdentity identity = found.get();
        ClientInfo client = ClientInfo.of(request);
        String typed = username.strip().toLowerCase(Locale.ROOT);
        if (typed.isEmpty() || password.isEmpty()) {
            response.setStatus(400);
            return page(model, identity, "broker.attach.required", typed);
        }
        if (typed.length() > 64 || password.length() > PasswordCredentials.MAX_PASSWORD_LENGTH) {
            response.setStatus(400);
            return refuse(model, identity, typed, null, "INVALID_INPUT", "broker.attach.refused", client);
        }
        Optional<CitizenAccount> account = whoSignsIn.citizenByUsername(typed);
        LoginAttempt attempt = new LoginAttempt(typed, account.map(CitizenAccount::id).orElse(null), null, client.ip());
        ThrottleVerdict verdict = throttle.check(attempt);
        if (!verdict.allowed()) {
            response.setStatus(429);
            model.addAttribute("retryMinutes", verdict.retryAfterMinutes());
            return refuse(model, identity, typed, account.orElse(null), verdict.refusal().name(), "broker.attach.throttled", client);
        }
        if (account.isEmpty()) {
            passwords.burnTime();
            throttle.recordFailure(attempt);
            response.setStatus(400);
            return refuse(model, identity, typed, null, "UNKNOWN_ACCOUNT", "broker.attach.refused", client);
        }
        if (passwords.check(account.get().id(), password) != PasswordCheck.MATCH) {
            throttle.recordFailure(attempt);
            response.setStatus(400);
            return refuse(model, identity, typed, account.get(), "BAD_PASSWORD", "broker.attach.refused", client);
        }
        Optional<CitizenAccount> claimant = whoSignsIn.claimantByUsername(identity, typed);
        if (claimant.isEmpty()) {
            // Proven, but not an old account of this number (another number, verified already, disabled or merged).
            response.setStatus(409);
            return refuse(model, identity, typed, account.get(), "NOT_CLAIMING", "broker.attach.not-claiming", client);
        }
        throttle.recordSuccess(attempt);
        IdentityProvider provider = provider(identity);
        WhoSignsIn.SignIn result = whoSignsIn.attach(claimant.get(), identity);
        events.publishEvent(new EidAccountAttached(identity.alias(), claimant.get().id(), result.account().accountId(),
                !result.account().accountId().equals(claimant.get().id()), identity.maskedPin(), client));
        signIn.complete(request, response, provider, identity, result);
        return null;
    }

    @PostMapping("/login/upstream/attach/new")
    String createNew(HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        Optional<EidIdentity> identity = identity(request);
        if (identity.isEmpty()) {
            return expired(redirect);
        }
        signIn.complete(request, response, provider(identity.get()), identity.get(), whoSignsIn.createNew(identity.get()));
        return null;
    }

    private IdentityProvider provider(EidIdentity identity) {
        return catalogue.find(identity.alias()).orElseThrow(() ->
                new UpstreamLoginRefused("UNKNOWN_PROVIDER", "broker.error.unknown-provider", "attach"));
    }

    private String refuse(Model model, EidIdentity identity, String typed, CitizenAccount account, String reason, String messageKey,
                          ClientInfo client) {
        events.publishEvent(new EidAttachRefused(identity.alias(), typed.length() > 64 ? typed.substring(0, 64) : typed,
                account == null ? null : account.id(), reason, identity.maskedPin(), client));
        return page(model, identity, messageKey, typed);
    }

    private String page(Model model, EidIdentity identity, String errorKey, String typed) {
        model.addAttribute("eidName", identity.fullName());
        model.addAttribute("maskedPin", identity.maskedPin());
        model.addAttribute("providerLabel", catalogue.find(identity.alias()).map(IdentityProvider::label).orElse(identity.alias()));
        model.addAttribute("errorKey", errorKey);
        model.addAttribute("typedUsername", typed);
        return PAGE;
    }

    private static Optional<EidIdentity> identity(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(EidIdentity.SESSION_ATTRIBUTE) instanceof EidIdentity identity
                ? Optional.of(identity) : Optional.empty();
    }

    private static String expired(RedirectAttributes redirect) {
        redirect.addFlashAttribute("upstreamErrorKey", "broker.error.state");
        return "redirect:/login";
    }
}
