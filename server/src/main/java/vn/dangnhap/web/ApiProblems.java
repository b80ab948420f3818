package vn.dangnhap.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;

/**
 * RFC 9457 problem documents written straight to the response, in English, for what answers the API
 * before any controller does (security filters). Controllers throw domain exceptions instead, which
 * the web module maps once.
 */
public final class ApiProblems {

    private ApiProblems() {}

    public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status
                + ",\"detail\":\"" + json(detail) + "\"}");
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
