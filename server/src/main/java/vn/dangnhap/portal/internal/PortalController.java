package vn.dangnhap.portal.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.dangnhap.directory.Application;
import vn.dangnhap.directory.ApplicationCatalogue;
import vn.dangnhap.entry.ApplicationEntry;
import vn.dangnhap.entry.Entry;
import vn.dangnhap.entry.EntryProtocol;
import vn.dangnhap.entry.EntryRefusalPage;
import vn.dangnhap.login.Account;
import vn.dangnhap.shared.AccountKind;
import vn.dangnhap.login.Accounts;
import vn.dangnhap.shared.ClientInfo;
import vn.dangnhap.login.SignedInAccount;
import vn.dangnhap.oidc.LoginInitiation;
import vn.dangnhap.portal.ApplicationLaunched;
import vn.dangnhap.shared.NotFoundException;

/**
 * The launcher: {@code /} shows the tiles the entry decision gives the signed-in person;
 * {@code /launch/{code}} asks it again and follows the tile, or shows the one refusal page.
 */
@Controller
class PortalController {

    private final ApplicationCatalogue catalogue;
    private final ApplicationEntry entry;
    private final Accounts accounts;
    private final LoginInitiation loginInitiation;
    private final ApplicationEventPublisher events;

    PortalController(ApplicationCatalogue catalogue, ApplicationEntry entry, Accounts accounts,
                     LoginInitiation loginInitiation, ApplicationEventPublisher events) {
        this.catalogue = catalogue;
        this.entry = entry;
        this.accounts = accounts;
        this.loginInitiation = loginInitiation;
        this.events = events;
    }

    @GetMapping("/")
    String portal(@AuthenticationPrincipal SignedInAccount signedIn, Model model) {
        Account account = accounts.of(signedIn).orElse(null);
        model.addAttribute("displayName", account == null ? signedIn.fullName() : account.fullName());
        model.addAttribute("citizen", signedIn.kind() == AccountKind.CITIZEN);
        model.addAttribute("tiles", account == null ? List.of() : entry.tiles(account));
        model.addAttribute("isAdmin", account instanceof Account.Official o && o.account().hasRole("ADMIN"));
        return "portal";
    }

    @GetMapping("/launch/{code}")
    String launch(@PathVariable String code, @AuthenticationPrincipal SignedInAccount signedIn, HttpServletRequest request) {
        // An unknown code is not a refusal to record: tiles are not to be guessed.
        Application app = catalogue.find(code).orElseThrow(() -> new NotFoundException("application.not-found"));
        Account account = accounts.of(signedIn).orElseThrow(() -> new NotFoundException("application.not-found"));
        ClientInfo client = ClientInfo.of(request);
        return switch (entry.enter(account, app.code(), EntryProtocol.PORTAL, client)) {
            case Entry.Refused refused -> EntryRefusalPage.view(request, refused);
            case Entry.Admitted admitted -> {
                events.publishEvent(new ApplicationLaunched(account.id(), account.loginName(), app.code(), client));
                // An OIDC application with an initiate_login_uri starts its own login with us (third-party
                // initiated login); any other goes to its stored launch URL.
                yield "redirect:" + loginInitiation.forApplication(app.code()).orElse(app.launchUrl());
            }
        };
    }
}
