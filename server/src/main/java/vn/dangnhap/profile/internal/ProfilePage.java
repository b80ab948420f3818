package vn.dangnhap.profile.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.OfficialAccount;
import vn.dangnhap.directory.OrganisationUnit;
import vn.dangnhap.directory.PhoneNumber;
import vn.dangnhap.shared.ClientInfo;
import vn.dangnhap.login.SignedInOfficial;
import vn.dangnhap.notice.SmsNotSent;
import vn.dangnhap.shared.InvalidInputException;

/**
 * "Thông tin cá nhân" ({@code /account/profile}): what applications are told about the official,
 * and the phone change — type the new number, receive a code, type the code. Refusals answer
 * with the reason on the same page (400, or 429 when resends are limited) and change nothing.
 */
@Controller
class ProfilePage {

    private static final Logger log = LoggerFactory.getLogger(ProfilePage.class);

    private final Directory directory;
    private final PhoneVerification verification;
    private final MessageSource messages;

    ProfilePage(Directory directory, PhoneVerification verification, MessageSource messages) {
        this.directory = directory;
        this.verification = verification;
        this.messages = messages;
    }

    @GetMapping("/account/profile")
    String show(@RequestParam(required = false) String sent, @RequestParam(required = false) String verified,
                @AuthenticationPrincipal SignedInOfficial official, Model model, Locale locale) {
        if (sent != null) {
            model.addAttribute("status", messages.getMessage("profile.phone.code-sent", null, locale));
        } else if (verified != null) {
            model.addAttribute("status", messages.getMessage("profile.phone.verified-now", null, locale));
        }
        return page(official, model, null);
    }

    @PostMapping("/account/profile/phone")
    String requestCode(@RequestParam(required = false) String phone, @AuthenticationPrincipal SignedInOfficial official,
                       HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        PhoneNumber number;
        try {
            number = PhoneNumber.parseOrNull(phone);
        } catch (InvalidInputException e) {
            number = null;
        }
        if (number == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("typedPhone", phone == null || phone.length() > 32 ? "" : phone);
            return page(official, model, messages.getMessage("phone.invalid", null, locale));
        }
        try {
            PhoneVerification.CodeRequest result = verification.requestCode(official, number, ClientInfo.of(request), locale);
            if (!result.sent()) {
                response.setStatus(429);
                return page(official, model, messages.getMessage("profile.phone.wait", new Object[] {result.waitSeconds()}, locale));
            }
        } catch (SmsNotSent e) {
            log.warn("Phone code for {} not sent: {}", official.email(), e.getMessage());
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return page(official, model, messages.getMessage("profile.phone.sms-failed", null, locale));
        }
        return "redirect:/account/profile?sent";
    }

    @PostMapping("/account/profile/phone/verify")
    String checkCode(@RequestParam(required = false) String code, @AuthenticationPrincipal SignedInOfficial official,
                     HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        PhoneVerification.CodeCheck check = verification.checkCode(official, code, ClientInfo.of(request));
        if (check.outcome() == PhoneVerification.Check.VERIFIED) {
            return "redirect:/account/profile?verified";
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        String error = switch (check.outcome()) {
            case WRONG_CODE -> messages.getMessage("profile.phone.code-wrong", new Object[] {check.triesLeft()}, locale);
            case EXPIRED -> messages.getMessage("profile.phone.code-expired", null, locale);
            case TOO_MANY_TRIES -> messages.getMessage("profile.phone.code-too-many", null, locale);
            default -> messages.getMessage("profile.phone.code-none", null, locale);
        };
        return page(official, model, error);
    }

    private String page(SignedInOfficial signedIn, Model model, String error) {
        OfficialAccount official = directory.official(signedIn.accountId());
        model.addAttribute("account", official);
        model.addAttribute("unitName", directory.findUnit(official.unitCode()).map(OrganisationUnit::name).orElse(official.unitCode()));
        model.addAttribute("pendingPhone", verification.pendingPhone(signedIn).orElse(null));
        model.addAttribute("error", error);
        return "profile";
    }
}
