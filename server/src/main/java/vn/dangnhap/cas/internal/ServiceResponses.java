package vn.dangnhap.cas.internal;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bodies of CAS Protocol 3.0 §2.5–2.7 answers: the XML service response in the
 * {@code http://www.yale.edu/tp/cas} namespace, and its JSON form (§2.5.7 {@code format=JSON}).
 * CAS 2.0 answers ({@code /serviceValidate}, {@code /proxyValidate}) carry no attributes.
 */
final class ServiceResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ServiceResponses() {}

    record Success(String user, Map<String, List<String>> attributes, String proxyGrantingTicketIou, List<String> proxies) {}

    static String success(Success s, boolean json) {
        if (json) {
            Map<String, Object> body = new java.util.LinkedHashMap<>();
            body.put("user", s.user());
            if (s.proxyGrantingTicketIou() != null) {
                body.put("proxyGrantingTicket", s.proxyGrantingTicketIou());
            }
            if (!s.proxies().isEmpty()) {
                body.put("proxies", s.proxies());
            }
            if (s.attributes() != null) {
                body.put("attributes", s.attributes());
            }
            return JSON.writeValueAsString(Map.of("serviceResponse", Map.of("authenticationSuccess", body)));
        }
        StringBuilder xml = new StringBuilder("<cas:serviceResponse xmlns:cas=\"http://www.yale.edu/tp/cas\">\n")
                .append("  <cas:authenticationSuccess>\n")
                .append("    <cas:user>").append(escape(s.user())).append("</cas:user>\n");
        if (s.attributes() != null) {
            xml.append("    <cas:attributes>\n");
            s.attributes().forEach((name, values) -> values.forEach(value ->
                    xml.append("      <cas:").append(name).append('>').append(escape(value))
                            .append("</cas:").append(name).append(">\n")));
            xml.append("    </cas:attributes>\n");
        }
        if (s.proxyGrantingTicketIou() != null) {
            xml.append("    <cas:proxyGrantingTicket>").append(escape(s.proxyGrantingTicketIou())).append("</cas:proxyGrantingTicket>\n");
        }
        if (!s.proxies().isEmpty()) {
            xml.append("    <cas:proxies>\n");
            s.proxies().forEach(p -> xml.append("      <cas:proxy>").append(escape(p)).append("</cas:proxy>\n"));
            xml.append("    </cas:proxies>\n");
        }
        return xml.append("  </cas:authenticationSuccess>\n</cas:serviceResponse>\n").toString();
    }

    static String failure(String code, String description, boolean json) {
        if (json) {
            return JSON.writeValueAsString(Map.of("serviceResponse",
                    Map.of("authenticationFailure", Map.of("code", code, "description", description))));
        }
        return "<cas:serviceResponse xmlns:cas=\"http://www.yale.edu/tp/cas\">\n"
                + "  <cas:authenticationFailure code=\"" + code + "\">" + escape(description) + "</cas:authenticationFailure>\n"
                + "</cas:serviceResponse>\n";
    }

    /** §2.7.2. */
    static String proxySuccess(String proxyTicket, boolean json) {
        if (json) {
            return JSON.writeValueAsString(Map.of("serviceResponse", Map.of("proxySuccess", Map.of("proxyTicket", proxyTicket))));
        }
        return "<cas:serviceResponse xmlns:cas=\"http://www.yale.edu/tp/cas\">\n"
                + "  <cas:proxySuccess>\n    <cas:proxyTicket>" + escape(proxyTicket) + "</cas:proxyTicket>\n  </cas:proxySuccess>\n"
                + "</cas:serviceResponse>\n";
    }

    static String proxyFailure(String code, String description, boolean json) {
        if (json) {
            return JSON.writeValueAsString(Map.of("serviceResponse",
                    Map.of("proxyFailure", Map.of("code", code, "description", description))));
        }
        return "<cas:serviceResponse xmlns:cas=\"http://www.yale.edu/tp/cas\">\n"
                + "  <cas:proxyFailure code=\"" + code + "\">" + escape(description) + "</cas:proxyFailure>\n"
                + "</cas:serviceResponse>\n";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
