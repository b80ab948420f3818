package vn.dangnhap.portal.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.dangnhap.login.SignedInCitizen;
import vn.dangnhap.login.SignedInOfficial;

/**
 * A page written for officials only (its handler takes the {@link SignedInOfficial} principal —
 * the directory profile, an official's password change) shows a signed-in citizen a clear
 * "this page is for officials" page instead of failing: nothing is changed, status 200, with
 * links to the citizen's own account page and the portal. A page that learns to serve citizens
 * (takes {@code SignedInAccount}) is no longer stopped here.
 */
@Configuration(proxyBeanMethods = false)
class OfficialPagesForCitizens implements WebMvcConfigurer, HandlerInterceptor {

    static final String VIEW = "account-officials-only";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/account/**", "/admin/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (!(handler instanceof HandlerMethod method) || !signedInCitizen() || !forOfficialsOnly(method)) {
            return true;
        }
        throw new OfficialsOnlyPage();
    }

    private static boolean signedInCitizen() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof SignedInCitizen;
    }

    private static boolean forOfficialsOnly(HandlerMethod method) {
        return Arrays.stream(method.getMethodParameters())
                .anyMatch(p -> p.hasParameterAnnotation(AuthenticationPrincipal.class)
                        && SignedInOfficial.class.equals(p.getParameterType()));
    }

    /** Thrown before the handler runs; rendered by {@link OfficialsOnlyAdvice}. */
    static final class OfficialsOnlyPage extends RuntimeException {
        OfficialsOnlyPage() {
            super("page for officials only", null, false, false);
        }
    }

    @org.springframework.web.bind.annotation.ControllerAdvice
    static class OfficialsOnlyAdvice {
        @org.springframework.web.bind.annotation.ExceptionHandler(OfficialsOnlyPage.class)
        ModelAndView officialsOnly() {
            return new ModelAndView(VIEW);
        }
    }
}
