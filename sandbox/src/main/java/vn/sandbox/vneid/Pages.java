package vn.sandbox.vneid;

import org.springframework.web.util.HtmlUtils;

/** The few HTML pages of the VNeID stand-in (Vietnamese; no scripts, no inline styles). */
final class Pages {

    private Pages() {
    }

    /** Escapes only what HTML needs (Vietnamese letters stay as they are in UTF-8). */
    private static String htmlEscape(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }

    static String login(String action, String requestId, String clientId, String username, String error) {
        StringBuilder html = head("Đăng nhập VNeID (sandbox)");
        html.append("<main>\n<h1>Đăng nhập bằng tài khoản định danh điện tử</h1>\n")
                .append("<p class=\"sandbox-note\">Môi trường thử nghiệm (sandbox) — không phải VNeID thật.</p>\n")
                .append("<p>Ứng dụng <strong>").append(htmlEscape(clientId)).append("</strong> yêu cầu đăng nhập.</p>\n");
        if (error != null) {
            html.append("<p id=\"input-error\" class=\"error\" role=\"alert\">").append(htmlEscape(error)).append("</p>\n");
        }
        html.append("<form id=\"kc-form-login\" method=\"post\" action=\"").append(htmlEscape(action)).append("\">\n")
                .append("<input type=\"hidden\" name=\"request\" value=\"").append(htmlEscape(requestId)).append("\">\n")
                .append("<label for=\"username\">Số định danh cá nhân</label>\n")
                .append("<input id=\"username\" name=\"username\" type=\"text\" inputmode=\"numeric\" autocomplete=\"username\" value=\"")
                .append(htmlEscape(username == null ? "" : username)).append("\">\n")
                .append("<label for=\"password\">Mật khẩu</label>\n")
                .append("<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\">\n")
                .append("<button id=\"kc-login\" type=\"submit\" name=\"action\" value=\"login\">Đăng nhập</button>\n")
                .append("<button id=\"kc-cancel\" type=\"submit\" name=\"action\" value=\"cancel\" formnovalidate>Hủy</button>\n")
                .append("</form>\n</main>\n");
        return tail(html);
    }

    static String message(String title, String text) {
        StringBuilder html = head(title);
        html.append("<main>\n<h1>").append(htmlEscape(title)).append("</h1>\n<p id=\"message\">")
                .append(htmlEscape(text)).append("</p>\n</main>\n");
        return tail(html);
    }

    private static StringBuilder head(String title) {
        return new StringBuilder(1024).append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(htmlEscape(title)).append("</title>\n</head>\n<body>\n");
    }

    private static String tail(StringBuilder html) {
        return html.append("</body>\n</html>\n").toString();
    }
}
