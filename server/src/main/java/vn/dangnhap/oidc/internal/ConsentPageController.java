package vn.dangnhap.oidc.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsent;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dangnhap.login.SignedInAccount;
import vn.dangnhap.shared.NotFoundException;

/**
 * The consent page (shown for applications that are not the province's own) and the official's
 * list of consents in {@code /account/consents}, where each can be revoked.
 */
@Controller
class ConsentPageController {

    private final RegisteredClients clients;
    private final ConsentStore consents;

    ConsentPageController(RegisteredClients clients, ConsentStore consents) {
        this.clients = clients;
        this.consents = consents;
    }

    @GetMapping("/oauth2/consent")
    String consent(@RequestParam("client_id") String clientId, @RequestParam("scope") String scope,
                   @RequestParam("state") String state, @AuthenticationPrincipal SignedInAccount official, Model model) {
        RegisteredClient client = clients.findByClientId(clientId);
        if (client == null) {
            throw new NotFoundException("application.not-found");
        }
        OAuth2AuthorizationConsent previous = consents.findById(client.getId(), official.getName());
        Set<String> granted = previous == null ? Set.of() : previous.getScopes();
        Set<String> toApprove = new LinkedHashSet<>();
        Set<String> already = new LinkedHashSet<>();
        for (String s : scope.split(" ")) {
            if (s.equals(OidcScopes.OPENID) || s.isBlank()) {
                continue;
            }
            (granted.contains(s) ? already : toApprove).add(s);
        }
        model.addAttribute("clientId", client.getClientId());
        model.addAttribute("clientName", client.getClientName());
        model.addAttribute("state", state);
        model.addAttribute("scopesToApprove", List.copyOf(toApprove));
        model.addAttribute("scopesAlreadyApproved", List.copyOf(already));
        model.addAttribute("official", official);
        return "consent";
    }

    @GetMapping("/account/consents")
    String list(@AuthenticationPrincipal SignedInAccount official, Model model) {
        model.addAttribute("consents", consents.forPrincipal(official.getName()).stream()
                .map(c -> new ConsentView(c.getRegisteredClientId(), nameOf(c.getRegisteredClientId()), List.copyOf(c.getScopes())))
                .toList());
        return "account-consents";
    }

    @PostMapping("/account/consents/{clientId}/revoke")
    String revoke(@PathVariable String clientId, @AuthenticationPrincipal SignedInAccount official) {
        if (!consents.revoke(clientId, official.getName())) {
            throw new NotFoundException("consent.not-found");
        }
        return "redirect:/account/consents?revoked";
    }

    private String nameOf(String clientId) {
        RegisteredClient client = clients.findByClientId(clientId);
        return client == null ? clientId : client.getClientName();
    }

    record ConsentView(String clientId, String clientName, List<String> scopes) {}
}
