package vn.dangnhap.oidc.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.dangnhap.shared.NotFoundException;

/**
 * The page a sign-in stops on when the application requires an account link the official does not
 * have: "ERR: Không thể xác thực người dùng!", what to do, the application and a reference code.
 * Only reachable as a forward from {@link LinkRequiredFilter}.
 */
@Controller
class LinkMissingPage {

    static final String PATH = "/oauth2/link-missing";
    static final String REFERENCE = LinkMissingPage.class.getName() + ".reference";
    static final String APPLICATION = LinkMissingPage.class.getName() + ".application";

    private final String helpdesk;

    LinkMissingPage(@Value("${dangnhap.branding.helpdesk:}") String helpdesk) {
        this.helpdesk = helpdesk;
    }

    @RequestMapping(PATH)
    String show(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object reference = request.getAttribute(REFERENCE);
        if (reference == null) {
            throw new NotFoundException("link.not-found");
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("reference", reference);
        model.addAttribute("applicationName", request.getAttribute(APPLICATION));
        model.addAttribute("helpdesk", helpdesk);
        return "link-missing";
    }
}
