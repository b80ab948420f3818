package vn.dangnhap.shared;

import jakarta.servlet.http.HttpServletRequest;

/** Where a request came from, as the audit trail records it. */
public record ClientInfo(String ip, String userAgent) {

    public static ClientInfo of(HttpServletRequest request) {
        String agent = request.getHeader("User-Agent");
        if (agent != null && agent.length() > 512) {
            agent = agent.substring(0, 512);
        }
        return new ClientInfo(request.getRemoteAddr(), agent);
    }
}
