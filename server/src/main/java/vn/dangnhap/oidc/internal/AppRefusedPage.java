package vn.dangnhap.oidc.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.dangnhap.shared.NotFoundException;

/**
 * The 403 page an OpenID Connect sign-in stops on when the application is not for this kind of
 * account (see {@link AudienceFilter}). Only reachable as a forward from that filter.
 */
@Controller
class AppRefusedPage {

    static final String PATH = "/oauth2/refused";
    static final String REASON = AppRefusedPage.class.getName() + ".reason";
    static final String APPLICATION = AppRefusedPage.class.getName() + ".application";

    private final String helpdesk;

    AppRefusedPage(@Value("${dangnhap.branding.helpdesk:}") String helpdesk) {
        this.helpdesk = helpdesk;
    }

    @RequestMapping(PATH)
    String show(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object reason = request.getAttribute(REASON);
        if (reason == null) {
            throw new NotFoundException("application.not-found");
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("reasonKey", reason);
        model.addAttribute("applicationName", request.getAttribute(APPLICATION));
        model.addAttribute("helpdesk", helpdesk);
        return "app-refused";
    }
}
