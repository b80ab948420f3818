package vn.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

/** The sandbox's root URL says what it offers, with links, instead of 404. */
class FrontPageTest {

    @Test
    void theFrontPageListsTheStandInsWithTheirLinks() {
        SandboxUrls urls = RunningSandbox.urls();
        HttpResponse<String> page = RunningSandbox.get(RunningSandbox.browser(), urls.base() + "/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("Sandbox của Dangnhap", "VNeID (giả lập)",
                "href=\"" + urls.issuer() + "/.well-known/openid-configuration\"",
                "079195012345", "Nguyễn Thị Hoa", "VNeID@2026",
                "CSDL quốc gia về dân cư (giả lập)", urls.registry() + "/api/v1/verify",
                "href=\"" + urls.registry() + "/admin/behaviour\"",
                "Ứng dụng mẫu", "Sandbox đang chạy riêng");
    }
}
