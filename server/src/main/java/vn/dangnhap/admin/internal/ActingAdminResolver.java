package vn.dangnhap.admin.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.dangnhap.admin.ActingAdmin;
import vn.dangnhap.shared.ClientInfo;
import vn.dangnhap.shared.SignedInPerson;

/**
 * Fills an {@link ActingAdmin} parameter of any console or admin API handler from the signed-in
 * official and the request, in one place. Only officials reach {@code /admin/**} and
 * {@code /api/admin/**} (role {@code ADMIN}); anyone else here is a programming error, refused.
 */
@Configuration(proxyBeanMethods = false)
class ActingAdminResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ActingAdmin.class;
    }

    @Override
    public ActingAdmin resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest webRequest,
                                       WebDataBinderFactory binders) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        // Only officials hold the role ADMIN that /admin/** and /api/admin/** require.
        if (auth == null || !(auth.getPrincipal() instanceof SignedInPerson person)) {
            throw new AccessDeniedException("Only a signed-in official administers");
        }
        ClientInfo client = ClientInfo.of(webRequest.getNativeRequest(HttpServletRequest.class));
        return new ActingAdmin(person.accountId(), person.loginName(), client.ip(), client.userAgent());
    }
}
