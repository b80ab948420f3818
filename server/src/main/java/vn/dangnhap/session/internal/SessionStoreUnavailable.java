package vn.dangnhap.session.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import vn.dangnhap.web.ApiProblems;

/**
 * When the session store cannot be reached (Redis restarting, the database failing over), the
 * answer is {@code 503 Service Unavailable} with {@code Retry-After} — a short page in Vietnamese
 * and English, or a problem document for the API — and one line in the log, not a 500 and a
 * stack trace. Placed just before Spring Session's filter, which is where the store is first used.
 */
@Component
@Order(Integer.MIN_VALUE + 49)
class SessionStoreUnavailable extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionStoreUnavailable.class);

    private final MessageSource messages;

    SessionStoreUnavailable(MessageSource messages) {
        this.messages = messages;
    }

    /** The store's failure behind {@code e} — unreachable or timed out — or null for anything else. */
    static DataAccessException storeFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // RedisSystemException: Lettuce rejecting commands while it reconnects
            if (t instanceof DataAccessResourceFailureException || t instanceof QueryTimeoutException
                    || t instanceof RedisSystemException) {
                return (DataAccessException) t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            DataAccessException failure = storeFailure(e);
            if (failure == null || response.isCommitted()) {
                throw e;
            }
            log.warn("Session store unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), failure.getMessage());
            response.reset();
            response.setHeader("Retry-After", "5");
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                    || request.getRequestURI().startsWith(request.getContextPath() + "/oauth2/")) {
                ApiProblems.write(response, 503, "Service Unavailable",
                        "The session store is unavailable; try again in a few seconds.");
                return;
            }
            response.setStatus(503);
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.setCharacterEncoding("UTF-8");
            String vi = HtmlUtils.htmlEscape(messages.getMessage("session.store.unavailable", null, Locale.of("vi")), "UTF-8");
            String en = HtmlUtils.htmlEscape(messages.getMessage("session.store.unavailable", null, Locale.ENGLISH), "UTF-8");
            response.getWriter().write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Dangnhap</title>"
                    + "<link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/css/app.css\"></head>"
                    + "<body><main class=\"account-main\"><div class=\"card\"><h1>" + vi + "</h1><p lang=\"en\">" + en + "</p></div></main></body></html>");
        }
    }
}
