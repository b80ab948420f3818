package vn.dangnhap.login.internal;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.dangnhap.directory.LoginNames;

/** Adds what every page header shows (province name, logo, login domains) to every page model. */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

    private final BrandingProperties branding;
    private final LoginNames loginNames;

    PageModel(BrandingProperties branding, LoginNames loginNames) {
        this.branding = branding;
        this.loginNames = loginNames;
    }

    @ModelAttribute("branding")
    BrandingProperties branding() {
        return branding;
    }

    @ModelAttribute("loginDomains")
    List<String> loginDomains() {
        return loginNames.domains();
    }

    @ModelAttribute("defaultDomain")
    String defaultDomain() {
        return loginNames.defaultDomain();
    }
}
