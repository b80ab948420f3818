package vn.dangnhap.citizen.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dangnhap.citizen.CitizenAccount;
import vn.dangnhap.citizen.CitizenAccounts;
import vn.dangnhap.citizen.CitizenVerification;
import vn.dangnhap.citizen.VerificationOutcome;
import vn.dangnhap.citizen.VerificationRequest;
import vn.dangnhap.shared.AccountKind;
import vn.dangnhap.shared.ClientInfo;
import vn.dangnhap.shared.SignedInPerson;

/**
 * "Xác thực tài khoản" ({@code /account/verify}): a legacy citizen proves the account with the CCCD,
 * the old CMND (optional) and the full name, consenting to send them to the National Population
 * Database. Bad input is answered next to each field (400) without asking the registry; then the
 * outcome page: verified (continue to the page asked for), no match (offer VNeID), number verified
 * on another account (offer to prove and merge with VNeID, or the helpdesk), too many attempts,
 * or the registry unavailable (try again later).
 */
@Controller
class VerificationPages {

    static final String VERIFY_PAGE = "/account/verify";

    private final CitizenVerification verification;
    private final CitizenAccounts citizens;
    private final MessageSource messages;

    VerificationPages(CitizenVerification verification, CitizenAccounts citizens, MessageSource messages) {
        this.verification = verification;
        this.citizens = citizens;
        this.messages = messages;
    }

    @GetMapping(VERIFY_PAGE)
    String form(@AuthenticationPrincipal SignedInPerson person, Model model) {
        Optional<CitizenAccount> citizen = unverified(person);
        if (citizen.isEmpty()) {
            return "redirect:/";
        }
        return page(model, citizen.get(), "", "", citizen.get().fullName(), false, Map.of());
    }

    @PostMapping(VERIFY_PAGE)
    String verify(@RequestParam(required = false) String cccd, @RequestParam(required = false) String cmnd,
                  @RequestParam(required = false) String fullName, @RequestParam(required = false) String consent,
                  @AuthenticationPrincipal SignedInPerson person, HttpServletRequest request,
                  HttpServletResponse response, Model model, Locale locale) {
        Optional<CitizenAccount> citizen = unverified(person);
        if (citizen.isEmpty()) {
            return "redirect:/";
        }
        boolean consented = "on".equals(consent) || "true".equals(consent);
        VerificationRequest.Parsed parsed = VerificationRequest.parse(cccd, cmnd, fullName, consented);
        if (!parsed.valid()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Map<String, String> errors = new LinkedHashMap<>();
            parsed.errors().forEach((field, e) ->
                    errors.put(field, messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale)));
            return page(model, citizen.get(), cccd, cmnd, fullName, consented, errors);
        }
        VerificationOutcome outcome = verification.verify(citizen.get().id(), parsed.request(), ClientInfo.of(request).ip());
        // Once the account is verified the login module's hold on the session ends by itself (it reads the account).
        switch (outcome) {
            case VerificationOutcome.Verified verified -> {
                model.addAttribute("fullName", verified.account().fullName());
                return result(model, "verified");
            }
            case VerificationOutcome.AlreadyVerified already -> {
                return "redirect:" + VERIFY_PAGE + "/continue";
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

    /** The signed-in citizen's account, while it still needs verifying. */
    private Optional<CitizenAccount> unverified(SignedInPerson person) {
        if (person == null || person.kind() != AccountKind.CITIZEN) {
            return Optional.empty();
        }
        return citizens.find(person.accountId()).filter(CitizenAccount::canSignIn).filter(a -> !a.verified());
    }

    private static String page(Model model, CitizenAccount citizen, String cccd, String cmnd, String fullName,
                               boolean consent, Map<String, String> errors) {
        model.addAttribute("loginName", citizen.displayLogin());
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
