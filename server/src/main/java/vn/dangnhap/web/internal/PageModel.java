package vn.dangnhap.web.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Adds what every page header shows (province name, logo, helpdesk) to every page model. */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

    private final BrandingProperties branding;

    PageModel(BrandingProperties branding) {
        this.branding = branding;
    }

    @ModelAttribute("branding")
    BrandingProperties branding() {
        return branding;
    }
}
