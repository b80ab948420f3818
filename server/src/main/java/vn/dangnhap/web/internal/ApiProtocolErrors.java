package vn.dangnhap.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import vn.dangnhap.web.ApiProblems;

/**
 * HTTP-level refusals on the API ({@code /api/**}) as RFC 9457 problems, like every other API error:
 * a method the endpoint does not take (405, with {@code Allow}), a body type it does not read (415,
 * with {@code Accept}), an answer type it cannot write (406). Spring MVC raises these before any
 * controller is chosen, so {@link ProblemMapping} never sees them and Spring Boot's error JSON
 * answered instead. Pages keep the HTML error page. And a multipart body that cannot be parsed (no
 * boundary, truncated) is a 400 for pages and API alike, where it surfaced as a 500.
 */
class ApiProtocolErrors implements HandlerExceptionResolver {

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception e) {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (e instanceof MultipartException) {
            // A multipart body without a boundary, or cut short: the client's fault, not a server error.
            try {
                if (api) {
                    ApiProblems.write(response, 400, "Bad Request", "The multipart request body could not be read.");
                } else {
                    response.sendError(400);
                }
            } catch (IOException io) {
                return null;
            }
            return new ModelAndView();
        }
        if (!(e instanceof HttpRequestMethodNotSupportedException || e instanceof HttpMediaTypeException) || !api) {
            return null;
        }
        ErrorResponse error = (ErrorResponse) e;
        ProblemDetail problem = error.getBody();
        try {
            error.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            ApiProblems.write(response, error.getStatusCode().value(), problem.getTitle(), problem.getDetail());
        } catch (IOException io) {
            return null;
        }
        return new ModelAndView();
    }
}
