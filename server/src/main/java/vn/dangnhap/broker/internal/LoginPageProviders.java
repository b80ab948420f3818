package vn.dangnhap.broker.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.dangnhap.broker.IdentityProvider;

/** Puts the enabled upstream providers on the login page: one button each ("Đăng nhập bằng VNeID"). */
@ControllerAdvice(annotations = Controller.class)
class LoginPageProviders {

    private final ProviderCatalogue catalogue;

    LoginPageProviders(ProviderCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @ModelAttribute("upstreamProviders")
    List<IdentityProvider> upstreamProviders(HttpServletRequest request) {
        return "/login".equals(request.getServletPath()) ? catalogue.enabled() : List.of();
    }
}
