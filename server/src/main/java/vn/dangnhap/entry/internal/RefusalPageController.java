package vn.dangnhap.entry.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.dangnhap.entry.Entry;
import vn.dangnhap.entry.EntryRefusalPage;
import vn.dangnhap.entry.RefusalReason;
import vn.dangnhap.shared.NotFoundException;

/** Renders {@link EntryRefusalPage}: only as a forward from a protocol that refused entry. */
@Controller
class RefusalPageController {

    private final String helpdesk;

    RefusalPageController(@Value("${dangnhap.branding.helpdesk:}") String helpdesk) {
        this.helpdesk = helpdesk;
    }

    @RequestMapping(EntryRefusalPage.PATH)
    String show(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!(request.getAttribute(EntryRefusalPage.REFUSAL) instanceof Entry.Refused refused)) {
            throw new NotFoundException("application.not-found");
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("reason", refused.reason().name());
        model.addAttribute("reasonKey", refused.reason().messageKey());
        model.addAttribute("applicationName", refused.applicationName());
        model.addAttribute("reference", refused.reference());
        model.addAttribute("helpdesk", helpdesk);
        model.addAttribute("linkPage", refused.reason() == RefusalReason.LINK_MISSING);
        return "entry-refused";
    }
}
