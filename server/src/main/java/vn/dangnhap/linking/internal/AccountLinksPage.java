package vn.dangnhap.linking.internal;

import vn.dangnhap.linking.AccountLinks;
import vn.dangnhap.shared.AccountKind;
import vn.dangnhap.shared.SignedInPerson;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import vn.dangnhap.linking.AppLink;
import vn.dangnhap.directory.Application;
import vn.dangnhap.directory.ApplicationCatalogue;
import vn.dangnhap.shared.DomainException;
import vn.dangnhap.shared.NotFoundException;

/**
 * {@code /account/links}: the signed-in person's own account links (officials and citizens alike:
 * links are keyed by account id). A link the official enters is pending
 * until the application confirms it ({@code /api/links}) or an administrator approves it. Here, in
 * the portal, because the portal knows the applications (module {@code linking} cannot: see
 * {@link AccountLinks}).
 */
@Controller
class AccountLinksPage {

    private final AccountLinks links;
    private final ApplicationCatalogue catalogue;
    AccountLinksPage(AccountLinks links, ApplicationCatalogue catalogue) {
        this.links = links;
        this.catalogue = catalogue;
    }

    record LinkView(UUID id, String application, String applicationName, String applicationAccount, AppLink.Status status) {}

    @GetMapping("/account/links")
    String list(@AuthenticationPrincipal SignedInPerson official, Model model) {
        return page(official, model);
    }

    @PostMapping("/account/links")
    String create(@AuthenticationPrincipal SignedInPerson official, @RequestParam(defaultValue = "") String application,
                  @RequestParam(defaultValue = "") String applicationAccount, Model model, HttpServletResponse response) {
        try {
            if (official.kind() == AccountKind.CITIZEN) {
                // Module linking creates links for officials only (it checks the directory); a citizen's
                // existing links are shown and used at sign-in, new ones cannot be requested here yet.
                throw new vn.dangnhap.shared.ConflictException("account.links.citizen-no-requests");
            }
            Application app = catalogue.find(application).filter(a -> linkable(official).contains(a))
                    .orElseThrow(() -> new NotFoundException("application.not-found"));
            links.create(official.accountId(), app.code(), applicationAccount, AppLink.Origin.SELF_SERVICE, actor(official));
        } catch (DomainException e) {
            response.setStatus(e instanceof NotFoundException ? HttpStatus.NOT_FOUND.value()
                    : e instanceof vn.dangnhap.shared.ConflictException ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
            model.addAttribute("typedApplication", application);
            model.addAttribute("typedAccount", applicationAccount);
            return page(official, model);
        }
        return "redirect:/account/links?requested";
    }

    @PostMapping("/account/links/{id}/remove")
    String remove(@AuthenticationPrincipal SignedInPerson official, @PathVariable UUID id) {
        AppLink link = links.find(id).filter(l -> l.accountId().equals(official.accountId()))
                .orElseThrow(() -> new NotFoundException("link.not-found"));
        links.remove(link.id(), actor(official));
        return "redirect:/account/links?removed";
    }

    /** Who made the change, for the link's history: the official's e-mail or the citizen's login name. */
    private static String actor(SignedInPerson account) {
        return account.loginName();
    }

    /**
     * The applications an official may ask a link for: any enabled one (a right may come later).
     * Citizens cannot ask for links here yet (their existing links are shown and used).
     */
    private List<Application> linkable(SignedInPerson account) {
        return account.kind() == AccountKind.CITIZEN ? List.of() : catalogue.enabled();
    }

    private String page(SignedInPerson official, Model model) {
        Map<String, String> names = catalogue.all().stream()
                .collect(Collectors.toMap(Application::code, Application::name, (a, b) -> a));
        List<LinkView> own = links.linksOf(official.accountId()).stream()
                .map(l -> new LinkView(l.id(), l.applicationCode(), names.getOrDefault(l.applicationCode(), l.applicationCode()),
                        l.applicationAccount(), l.status()))
                .toList();
        model.addAttribute("links", own);
        model.addAttribute("applications", linkable(official));
        model.addAttribute("mayRequest", official.kind() != AccountKind.CITIZEN);
        return "account-links";
    }
}
