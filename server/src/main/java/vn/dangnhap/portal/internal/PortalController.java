package vn.dangnhap.portal.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.dangnhap.citizen.CitizenAccount;
import vn.dangnhap.citizen.CitizenAccounts;
import vn.dangnhap.directory.AppAccessPolicy;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.OfficialAccount;
import vn.dangnhap.login.ClientInfo;
import vn.dangnhap.login.SignedInAccount;
import vn.dangnhap.login.SignedInCitizen;
import vn.dangnhap.login.SignedInOfficial;
import vn.dangnhap.oidc.LoginInitiation;
import vn.dangnhap.portal.Application;
import vn.dangnhap.portal.ApplicationCatalogue;
import vn.dangnhap.portal.ApplicationLaunched;
import vn.dangnhap.shared.NotFoundException;

/**
 * The launcher: {@code /} shows the tiles of the applications the signed-in person may open
 * (an official: by audience and the directory's unit and role rules; a citizen: the applications
 * whose audience includes citizens); {@code /launch/{code}} follows one after checking again.
 */
@Controller
class PortalController {

    private final ApplicationCatalogue catalogue;
    private final AppAccessPolicy access;
    private final Directory directory;
    private final CitizenAccounts citizens;
    private final LoginInitiation loginInitiation;
    private final ApplicationEventPublisher events;

    PortalController(ApplicationCatalogue catalogue, AppAccessPolicy access, Directory directory, CitizenAccounts citizens,
                     LoginInitiation loginInitiation, ApplicationEventPublisher events) {
        this.catalogue = catalogue;
        this.access = access;
        this.directory = directory;
        this.citizens = citizens;
        this.loginInitiation = loginInitiation;
        this.events = events;
    }

    @GetMapping("/")
    String portal(@AuthenticationPrincipal SignedInAccount signedIn, Model model) {
        model.addAttribute("displayName", signedIn.fullName());
        model.addAttribute("citizen", signedIn instanceof SignedInCitizen);
        switch (signedIn) {
            case SignedInOfficial o -> {
                OfficialAccount official = directory.official(o.accountId());
                model.addAttribute("displayName", official.fullName());
                model.addAttribute("tiles", tilesFor(official));
                model.addAttribute("isAdmin", official.hasRole("ADMIN"));
            }
            case SignedInCitizen c -> {
                CitizenAccount account = citizens.account(c.accountId());
                model.addAttribute("displayName", account.fullName());
                model.addAttribute("tiles", tilesFor(account));
                model.addAttribute("isAdmin", false);
            }
        }
        return "portal";
    }

    @GetMapping("/launch/{code}")
    String launch(@PathVariable String code, @AuthenticationPrincipal SignedInAccount signedIn, HttpServletRequest request) {
        Application app = catalogue.find(code)
                .filter(Application::enabled)
                .filter(a -> mayOpen(signedIn, a.code()))
                // One answer for "no such application" and "not yours": tiles are not to be guessed.
                .orElseThrow(() -> new NotFoundException("application.not-found"));
        String who = signedIn instanceof SignedInOfficial o ? directory.official(o.accountId()).email().value() : signedIn.loginName();
        events.publishEvent(new ApplicationLaunched(signedIn.accountId(), who, app.code(), ClientInfo.of(request)));
        // An OIDC application with an initiate_login_uri starts its own login with us (third-party
        // initiated login); any other goes to its stored launch URL.
        return "redirect:" + loginInitiation.forApplication(app.code()).orElse(app.launchUrl());
    }

    private boolean mayOpen(SignedInAccount signedIn, String code) {
        return switch (signedIn) {
            case SignedInOfficial o -> access.mayOpen(directory.official(o.accountId()), code);
            case SignedInCitizen c -> citizens.find(c.accountId()).filter(CitizenAccount::canSignIn)
                    .map(a -> access.openableByCitizen(a.verified(), List.of(code)).contains(code))
                    .orElse(false);
        };
    }

    private List<Application> tilesFor(OfficialAccount official) {
        List<Application> enabled = catalogue.enabled();
        Set<String> openable = access.openable(official, enabled.stream().map(Application::code).toList());
        return enabled.stream().filter(a -> openable.contains(a.code())).toList();
    }

    private List<Application> tilesFor(CitizenAccount citizen) {
        if (!citizen.canSignIn()) {
            return List.of();
        }
        List<Application> enabled = catalogue.enabled();
        Set<String> openable = access.openableByCitizen(citizen.verified(), enabled.stream().map(Application::code).toList());
        return enabled.stream().filter(a -> openable.contains(a.code())).toList();
    }
}
