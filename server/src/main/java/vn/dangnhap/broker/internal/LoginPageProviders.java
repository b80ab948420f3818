package vn.dangnhap.broker.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.dangnhap.broker.IdentityProvider;
import vn.dangnhap.login.Reauthentication;

/** Puts the enabled upstream providers on the login page and the re-authentication page: one button each ("Đăng nhập bằng VNeID"). */
@ControllerAdvice(annotations = Controller.class)
class LoginPageProviders {

    private final ProviderCatalogue catalogue;

    LoginPageProviders(ProviderCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @ModelAttribute("upstreamProviders")
    List<IdentityProvider> upstreamProviders(HttpServletRequest request) {
        String path = request.getServletPath();
        return "/login".equals(path) || Reauthentication.PAGE.equals(path) ? catalogue.enabled() : List.of();
    }
}
