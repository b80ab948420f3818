package vn.dangnhap.web.internal;

import vn.dangnhap.web.ApiProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** 401 and 403 for the REST API as RFC 9457 problem documents, in English. */
@Component
class ApiProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"dangnhap\"");
        ApiProblems.write(response, 401, "Unauthorized", "Authentication is required: send an administrator's e-mail and password (HTTP Basic).");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        ApiProblems.write(response, 403, "Forbidden", "This API is for administrators (role ADMIN).");
    }
}
