package vn.dangnhap.login.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dangnhap.citizen.CitizenAccount;
import vn.dangnhap.citizen.CitizenVerification;
import vn.dangnhap.citizen.VerificationOutcome;
import vn.dangnhap.citizen.VerificationRequest;
import vn.dangnhap.shared.ClientInfo;
import vn.dangnhap.login.SignedInCitizen;

/**
 * "Xác thực tài khoản" ({@code /account/verify}): a legacy citizen proves the account with the CCCD,
 * the old CMND (optional) and the full name, consenting to send them to the National Population
 * Database. Bad input is answered next to each field (400) without asking the registry; then the
 * outcome page: verified (continue to the page asked for), no match (offer VNeID), number verified
 * on another account (offer to prove and merge with VNeID, or the helpdesk), too many attempts,
 * or the registry unavailable (try again later).
 */
@Controller
class CitizenVerificationPages {

    private final CitizenVerification verification;
    private final MessageSource messages;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    CitizenVerificationPages(CitizenVerification verification, MessageSource messages) {
        this.verification = verification;
        this.messages = messages;
    }

    @GetMapping(CitizenVerificationGate.VERIFY_PAGE)
    String form(@AuthenticationPrincipal SignedInCitizen citizen, Model model) {
        if (citizen == null || citizen.verified()) {
            return "redirect:/";
        }
        return page(model, citizen, "", "", citizen.fullName(), false, Map.of());
    }

    @PostMapping(CitizenVerificationGate.VERIFY_PAGE)
    String verify(@RequestParam(required = false) String cccd, @RequestParam(required = false) String cmnd,
                  @RequestParam(required = false) String fullName, @RequestParam(required = false) String consent,
                  @AuthenticationPrincipal SignedInCitizen citizen, HttpServletRequest request,
                  HttpServletResponse response, Model model, Locale locale) {
        if (citizen == null || citizen.verified()) {
            return "redirect:/";
        }
        boolean consented = "on".equals(consent) || "true".equals(consent);
        VerificationRequest.Parsed parsed = VerificationRequest.parse(cccd, cmnd, fullName, consented);
        if (!parsed.valid()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Map<String, String> errors = new LinkedHashMap<>();
            parsed.errors().forEach((field, e) ->
                    errors.put(field, messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale)));
            return page(model, citizen, cccd, cmnd, fullName, consented, errors);
        }
        VerificationOutcome outcome = verification.verify(citizen.accountId(), parsed.request(), ClientInfo.of(request).ip());
        switch (outcome) {
            case VerificationOutcome.Verified verified -> {
                signInAsVerified(verified.account(), request, response);
                model.addAttribute("fullName", verified.account().fullName());
                return result(model, "verified");
            }
            case VerificationOutcome.AlreadyVerified already -> {
                signInAsVerified(already.account(), request, response);
                return "redirect:/account/verify/continue";
            }
            case VerificationOutcome.NoMatch noMatch -> {
                response.setStatus(422);
                model.addAttribute("attemptsLeft", noMatch.attemptsLeft());
                return result(model, "no-match");
            }
            case VerificationOutcome.PinTaken taken -> {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return result(model, "pin-taken");
            }
            case VerificationOutcome.TooManyAttempts tooMany -> {
                response.setStatus(429);
                model.addAttribute("limit", tooMany.limit());
                return result(model, "too-many");
            }
            case VerificationOutcome.TryLater later -> {
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                return result(model, "try-later");
            }
        }
    }

    /** "Tiếp tục": on to the page asked for before verification (the portal by default). */
    @GetMapping(CitizenVerificationGate.VERIFY_PAGE + "/continue")
    String continueToTarget(HttpSession session) {
        return "redirect:" + CitizenVerificationGate.takeTarget(session);
    }

    /** The session's principal becomes the verified citizen, with the registry's name; the filter lets go. */
    private void signInAsVerified(CitizenAccount account, HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        var principal = new SignedInCitizen(account.id(), ((SignedInCitizen) current.getPrincipal()).loginName(),
                account.fullName(), true);
        var updated = UsernamePasswordAuthenticationToken.authenticated(principal, null, current.getAuthorities());
        updated.setDetails(current.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(updated);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    private static String page(Model model, SignedInCitizen citizen, String cccd, String cmnd, String fullName,
                               boolean consent, Map<String, String> errors) {
        model.addAttribute("citizen", citizen);
        model.addAttribute("cccd", cccd == null ? "" : cccd);
        model.addAttribute("cmnd", cmnd == null ? "" : cmnd);
        model.addAttribute("fullName", fullName == null ? "" : fullName);
        model.addAttribute("consent", consent);
        model.addAttribute("fieldErrors", errors);
        model.addAttribute("consentVersion", CitizenVerification.CONSENT_TEXT_VERSION);
        return "account-verify";
    }

    private static String result(Model model, String outcome) {
        model.addAttribute("outcome", outcome);
        return "account-verify-result";
    }
}
