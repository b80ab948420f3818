package vn.dangnhap.portal.internal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.dangnhap.citizen.CitizenAccounts;
import vn.dangnhap.login.SignedInAccount;
import vn.dangnhap.login.SignedInCitizen;

/**
 * {@code /account/citizen}: what the platform holds about the signed-in citizen (the personal
 * identification number masked). Read-only: the name and birth date come from the e-ID or the
 * population registry. An official is sent to the directory profile.
 */
@Controller
class CitizenProfilePage {

    private final CitizenAccounts citizens;

    CitizenProfilePage(CitizenAccounts citizens) {
        this.citizens = citizens;
    }

    @GetMapping("/account/citizen")
    String show(@AuthenticationPrincipal SignedInAccount signedIn, Model model) {
        if (!(signedIn instanceof SignedInCitizen citizen)) {
            return "redirect:/account/profile";
        }
        model.addAttribute("account", citizens.account(citizen.accountId()));
        return "account-citizen";
    }
}
