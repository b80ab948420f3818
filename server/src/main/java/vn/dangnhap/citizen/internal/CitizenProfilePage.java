package vn.dangnhap.citizen.internal;

import vn.dangnhap.shared.AccountKind;
import vn.dangnhap.shared.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.dangnhap.citizen.CitizenAccounts;

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
    String show(@AuthenticationPrincipal SignedInPerson signedIn, Model model) {
        if (signedIn.kind() != AccountKind.CITIZEN) {
            return "redirect:/account/profile";
        }
        model.addAttribute("account", citizens.account(signedIn.accountId()));
        return "account-citizen";
    }
}
