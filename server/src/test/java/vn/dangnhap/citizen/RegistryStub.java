package vn.dangnhap.citizen;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** TEMPORARY stand-in for the sandbox registry until SandboxServer lands on main. */
final class RegistryStub {

    record Person(String name, String birth, String cmnd) {}

    static final Map<String, Person> PEOPLE = Map.of(
            "079195012345", new Person("Nguyễn Thị Hoa", "1995-03-14", "025123456"),
            "001090004321", new Person("Trần Văn Bình", "1990-07-02", "012345678"),
            "048203000777", new Person("Lê Minh Châu", "2003-11-20", null),
            "036185001234", new Person("Phạm Thị Dung", "1985-01-09", "162345678"),
            "031178000456", new Person("Hoàng Văn Em", "1978-05-30", "031456789"));

    volatile boolean down;
    final HttpServer server;

    RegistryStub() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/registry/api/v1/verify", exchange -> {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            String expected = "Basic " + Base64.getEncoder().encodeToString("dangnhap:registry-secret".getBytes(StandardCharsets.UTF_8));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status;
            String answer;
            if (down) {
                status = 503;
                answer = "{}";
            } else if (!expected.equals(auth)) {
                status = 401;
                answer = "{}";
            } else {
                String cccd = field(body, "cccd");
                String cmnd = field(body, "cmnd");
                String name = field(body, "fullName");
                Person p = PEOPLE.get(cccd);
                boolean match = p != null && fold(p.name()).equals(fold(name)) && (cmnd == null || cmnd.equals(p.cmnd()));
                status = 200;
                answer = match ? "{\"result\":\"MATCH\",\"fullName\":\"" + p.name() + "\",\"birthDate\":\"" + p.birth() + "\"}"
                        : "{\"result\":\"NO_MATCH\"}";
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/registry/api/v1/verify";
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    private static String fold(String s) {
        return s == null ? "" : Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
    }
}
