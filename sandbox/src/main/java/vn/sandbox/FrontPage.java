package vn.sandbox;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.sandbox.demo.DemoPage;

/** The sandbox's front page ({@code /}): what it offers, with links. */
@RestController
class FrontPage {

    private static final DemoPage.Brand BRAND = new DemoPage.Brand("Sandbox của Dangnhap",
            "Các hệ thống giả lập để chạy thử và kiểm thử — không phải hệ thống thật, không có trong bản cài đặt chính thức",
            "#3d4b5c");

    private final SandboxUrls urls;
    private final SandboxProperties properties;
    private final People people;
    private final Neighbours neighbours;

    FrontPage(SandboxUrls urls, SandboxProperties properties, People people, Neighbours neighbours) {
        this.urls = urls;
        this.properties = properties;
        this.people = people;
        this.neighbours = neighbours;
    }

    @GetMapping(value = "/", produces = "text/html;charset=UTF-8")
    String frontPage() {
        StringBuilder body = new StringBuilder();
        body.append("<section class=\"card\" id=\"dangnhap\">\n<h1>Dangnhap — đăng nhập một lần</h1>\n");
        if (neighbours.dangnhap() != null) {
            body.append("<p>Hệ thống đăng nhập tập trung chạy tại <a href=\"").append(DemoPage.escape(neighbours.dangnhap()))
                    .append("/\">").append(DemoPage.escape(neighbours.dangnhap())).append("</a>. Cán bộ demo: ")
                    .append("<code>nguyenvanan</code> / <code>Demo@2026</code>, quản trị: <code>admin</code> / ")
                    .append("<code>Demo@2026</code>.</p>\n");
        } else {
            body.append("<p class=\"muted\">Sandbox đang chạy riêng. Chạy cùng Dangnhap: <code>./mvnw -pl server -am "
                    + "spring-boot:run -Dspring-boot.run.profiles=demo</code>.</p>\n");
        }
        body.append("</section>\n");

        body.append("<section class=\"card\" id=\"demo-apps\">\n<h2>Ứng dụng mẫu</h2>\n");
        if (neighbours.applications().isEmpty()) {
            body.append("<p class=\"muted\">Không chạy (chỉ chạy cùng bản demo của Dangnhap).</p>\n");
        } else {
            body.append("<p>Mỗi ứng dụng có cổng và phiên riêng; đã đăng nhập Dangnhap thì mở thẳng, "
                    + "không hỏi mật khẩu. Cách kết nối: <code>docs/integration.md</code>.</p>\n<ul>\n");
            for (Neighbours.DemoApplication app : neighbours.applications()) {
                body.append("<li><a href=\"").append(DemoPage.escape(app.url())).append("\">")
                        .append(DemoPage.escape(app.name())).append("</a> — ").append(DemoPage.escape(app.protocol()))
                        .append(" — <code>").append(DemoPage.escape(app.url())).append("</code></li>\n");
            }
            body.append("</ul>\n");
        }
        body.append("</section>\n");

        String issuer = urls.issuer();
        body.append("<section class=\"card\" id=\"vneid\">\n<h2>VNeID (giả lập)</h2>\n")
                .append("<p>Nhà cung cấp OpenID Connect dáng Keycloak cho nút \"Đăng nhập bằng VNeID\". Issuer <code>")
                .append(DemoPage.escape(issuer)).append("</code>, <a href=\"").append(DemoPage.escape(issuer))
                .append("/.well-known/openid-configuration\">discovery</a>, <a href=\"").append(DemoPage.escape(issuer))
                .append("/protocol/openid-connect/certs\">JWKS</a>.</p>\n")
                .append("<p>Công dân thử nghiệm (mật khẩu VNeID của tất cả: <code>VNeID@2026</code>):</p>\n<table>\n");
        for (Person person : people.all()) {
            body.append("<tr><th><code>").append(DemoPage.escape(person.cccd())).append("</code></th><td>")
                    .append(DemoPage.escape(person.fullName())).append("</td></tr>\n");
        }
        body.append("</table>\n</section>\n");

        SandboxProperties.Registry registry = properties.registry();
        body.append("<section class=\"card\" id=\"registry\">\n<h2>CSDL quốc gia về dân cư (giả lập)</h2>\n")
                .append("<p>Đối chiếu số định danh, CMND và họ tên: <code>POST ").append(DemoPage.escape(urls.registry()))
                .append("/api/v1/verify</code> (HTTP Basic <code>").append(DemoPage.escape(registry.username()))
                .append("</code> / <code>").append(DemoPage.escape(registry.password()))
                .append("</code>). Trạng thái (độ trễ, ngừng hoạt động): <a href=\"").append(DemoPage.escape(urls.registry()))
                .append("/admin/behaviour\">").append(DemoPage.escape(urls.registry())).append("/admin/behaviour</a>.</p>\n")
                .append("</section>\n");

        return DemoPage.render(BRAND, "Trang chủ", body.toString(),
                "Tài liệu: docs/sandbox.md (sandbox), docs/integration.md (kết nối ứng dụng).");
    }
}
