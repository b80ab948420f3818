package vn.dangnhap.bench.gatling;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The login form of an HTML page, as a browser would submit it: the {@code <form>} that holds a
 * password field, its action and its hidden fields (CSRF token, Keycloak's credential id…).
 */
public record LoginForm(String action, Map<String, String> hidden) {

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.CASE_INSENSITIVE);

    /** The login form of the page, or null when it has none. */
    public static LoginForm parse(String html) {
        if (html == null) {
            return null;
        }
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            String body = form.group(2);
            if (!body.matches("(?is).*type\\s*=\\s*[\"']password[\"'].*")) {
                continue;
            }
            Map<String, String> hidden = new LinkedHashMap<>();
            Matcher input = INPUT.matcher(body);
            while (input.find()) {
                String attributes = input.group(1);
                if ("hidden".equalsIgnoreCase(attribute(attributes, "type"))) {
                    String name = attribute(attributes, "name");
                    if (name != null) {
                        String value = attribute(attributes, "value");
                        hidden.put(name, value == null ? "" : value);
                    }
                }
            }
            return new LoginForm(attribute(form.group(1), "action"), hidden);
        }
        return null;
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("(?i)(?:^|\\s)" + name + "\\s*=\\s*(\"([^\"]*)\"|'([^']*)')").matcher(attributes);
        if (!m.find()) {
            return null;
        }
        return unescape(m.group(2) != null ? m.group(2) : m.group(3));
    }

    static String unescape(String text) {
        return text.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&#x3D;", "=").replace("&#61;", "=");
    }
}
