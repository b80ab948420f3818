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
import vn.dangnhap.directory.AppAccessPolicy;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.OfficialAccount;
import vn.dangnhap.login.ClientInfo;
import vn.dangnhap.login.SignedInOfficial;
import vn.dangnhap.oidc.LoginInitiation;
import vn.dangnhap.portal.Application;
import vn.dangnhap.portal.ApplicationCatalogue;
import vn.dangnhap.portal.ApplicationLaunched;
import vn.dangnhap.shared.NotFoundException;

/** The launcher: {@code /} shows the official's tiles; {@code /launch/{code}} follows one. */
@Controller
class PortalController {

    private final ApplicationCatalogue catalogue;
    private final AppAccessPolicy access;
    private final Directory directory;
    private final LoginInitiation loginInitiation;
    private final ApplicationEventPublisher events;

    PortalController(ApplicationCatalogue catalogue, AppAccessPolicy access, Directory directory,
                     LoginInitiation loginInitiation, ApplicationEventPublisher events) {
        this.catalogue = catalogue;
        this.access = access;
        this.directory = directory;
        this.loginInitiation = loginInitiation;
        this.events = events;
    }

    @GetMapping("/")
    String portal(@AuthenticationPrincipal SignedInOfficial signedIn, Model model) {
        OfficialAccount official = directory.official(signedIn.accountId());
        model.addAttribute("official", official);
        model.addAttribute("tiles", tilesFor(official));
        model.addAttribute("isAdmin", official.hasRole("ADMIN"));
        return "portal";
    }

    @GetMapping("/launch/{code}")
    String launch(@PathVariable String code, @AuthenticationPrincipal SignedInOfficial signedIn, HttpServletRequest request) {
        OfficialAccount official = directory.official(signedIn.accountId());
        Application app = catalogue.find(code)
                .filter(Application::enabled)
                .filter(a -> access.mayOpen(official, a.code()))
                // One answer for "no such application" and "not yours": tiles are not to be guessed.
                .orElseThrow(() -> new NotFoundException("application.not-found"));
        events.publishEvent(new ApplicationLaunched(official.id(), official.email().value(), app.code(), ClientInfo.of(request)));
        // An OIDC application with an initiate_login_uri starts its own login with us (third-party
        // initiated login); any other goes to its stored launch URL.
        return "redirect:" + loginInitiation.forApplication(app.code()).orElse(app.launchUrl());
    }

    private List<Application> tilesFor(OfficialAccount official) {
        List<Application> enabled = catalogue.enabled();
        Set<String> openable = access.openable(official, enabled.stream().map(Application::code).toList());
        return enabled.stream().filter(a -> openable.contains(a.code())).toList();
    }
}
