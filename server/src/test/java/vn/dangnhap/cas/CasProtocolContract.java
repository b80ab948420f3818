package vn.dangnhap.cas;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import vn.dangnhap.audit.AuditLog;
import vn.dangnhap.audit.AuditQuery;
import vn.dangnhap.directory.AccessRules;
import vn.dangnhap.directory.AppAccessRule;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.EmailAddress;
import vn.dangnhap.linking.AccountLinks;
import vn.dangnhap.linking.AppLink;
import vn.dangnhap.linking.ReleaseRule;
import vn.dangnhap.directory.ApplicationCatalogue;
import vn.dangnhap.directory.ApplicationInput;
import vn.dangnhap.testsupport.FormClient;
import vn.dangnhap.testsupport.MutableClock;

/**
 * The CAS protocol over plain HTTP: /cas/login with and without an SSO session, the validation
 * endpoints in their three versions and two formats, and every refusal with its error code. Run
 * on H2 ({@link CasProtocolOnH2Test}) and PostgreSQL ({@link CasProtocolOnPostgresTest}): the
 * ticket store's conditional UPDATE for real.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=demo",
        "spring.datasource.url=jdbc:h2:mem:cas-protocol;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
@Import(MutableClock.Config.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CasProtocolContract {

    static final String SERVICE = "https://mot-cua.demo.gov.vn/cas-app/";
    static final String OTHER = "https://van-ban.demo.gov.vn/";
    static final String LINKED = "https://linked.demo.gov.vn/";
    static final String REQUIRED = "https://required.demo.gov.vn/";

    @LocalServerPort
    int port;
    @Autowired
    CasServices services;
    @Autowired
    ApplicationCatalogue catalogue;
    @Autowired
    AccessRules access;
    @Autowired
    AccountLinks links;
    @Autowired
    Directory directory;
    @Autowired
    AuditLog audit;
    @Autowired
    MutableClock clock;

    @BeforeAll
    void register() {
        register("cas-app", SERVICE);
        register("cas-other", "^https://van-ban\\.demo\\.gov\\.vn/.*$");
        register("cas-linked", LINKED);
        register("cas-required", REQUIRED);
        register("cas-closed", "https://closed.demo.gov.vn/");
        access.replaceRules("cas-closed", List.of());
        UUID an = directory.findOfficial(EmailAddress.parse("nguyenvanan@demo.gov.vn")).orElseThrow().id();
        links.setReleaseRule(new ReleaseRule("cas-linked", ReleaseRule.Release.LINKED_NAME, false, null, false));
        links.create(an, "cas-linked", "an.nv", AppLink.Origin.ADMIN, "test");
        links.setReleaseRule(new ReleaseRule("cas-required", ReleaseRule.Release.EMAIL, true, null, false));
    }

    private void register(String code, String pattern) {
        catalogue.create(new ApplicationInput(code, "Ứng dụng " + code, "CAS", "GENERIC", "https://" + code + ".demo.gov.vn/", 5));
        access.replaceRules(code, List.of(AppAccessRule.EVERYONE));
        services.create(new CasServiceInput(code, "Ứng dụng " + code, pattern, true));
    }

    private FormClient signedIn() {
        FormClient browser = new FormClient(port);
        assertThat(browser.logIn("nguyenvanan", "Demo@2026").statusCode()).isEqualTo(302);
        return browser;
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String ticketFor(FormClient browser, String service) {
        HttpResponse<String> answer = browser.get("/cas/login?service=" + enc(service));
        assertThat(answer.statusCode()).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(service + "?ticket=ST-");
        return location.substring(location.indexOf("ticket=") + 7);
    }

    private String validate(String path, String service, String ticket) {
        return new FormClient(port).get(path + "?service=" + enc(service) + "&ticket=" + enc(ticket)).body();
    }

    @Test
    void cas3ValidationReleasesThePrincipalAndAttributes() {
        String ticket = ticketFor(signedIn(), SERVICE);
        assertThat(ticket.length()).isGreaterThan(3 + 22);
        String xml = validate("/cas/p3/serviceValidate", SERVICE, ticket);
        assertThat(xml).contains("<cas:authenticationSuccess>", "<cas:user>nguyenvanan@demo.gov.vn</cas:user>",
                "<cas:email>nguyenvanan@demo.gov.vn</cas:email>", "<cas:org_unit_code>VP_UBND</cas:org_unit_code>",
                "<cas:name>", "<cas:roles>");
        assertThat(audit.search(new AuditQuery("CAS_TICKET_VALIDATED", "SUCCESS", null, null, null, 20)))
                .anyMatch(e -> "cas-app".equals(e.application()));
        assertThat(audit.search(new AuditQuery("CAS_TICKET_ISSUED", "SUCCESS", null, null, null, 20)))
                .anyMatch(e -> "cas-app".equals(e.application()));
    }

    @Test
    void cas2ValidationHasNoAttributesAndCas1IsPlainText() {
        FormClient browser = signedIn();
        String xml = validate("/cas/serviceValidate", SERVICE, ticketFor(browser, SERVICE));
        assertThat(xml).contains("<cas:user>nguyenvanan@demo.gov.vn</cas:user>").doesNotContain("<cas:attributes>");
        assertThat(validate("/cas/proxyValidate", SERVICE, ticketFor(browser, SERVICE))).contains("<cas:authenticationSuccess>");
        assertThat(validate("/cas/validate", SERVICE, ticketFor(browser, SERVICE))).isEqualTo("yes\nnguyenvanan@demo.gov.vn\n");
        assertThat(validate("/cas/validate", SERVICE, "ST-unknown")).isEqualTo("no\n\n");
    }

    @Test
    void jsonFormat() {
        String ticket = ticketFor(signedIn(), SERVICE);
        String json = new FormClient(port).get("/cas/p3/serviceValidate?format=JSON&service=" + enc(SERVICE) + "&ticket=" + ticket)
                .body();
        assertThat(json).contains("\"serviceResponse\"", "\"authenticationSuccess\"", "\"user\":\"nguyenvanan@demo.gov.vn\"",
                "\"org_unit_code\":[\"VP_UBND\"]");
        String failure = new FormClient(port).get("/cas/p3/serviceValidate?format=JSON&service=" + enc(SERVICE) + "&ticket=" + ticket)
                .body();
        assertThat(failure).contains("\"authenticationFailure\"", "\"code\":\"INVALID_TICKET\"");
    }

    @Test
    void aReusedTicketIsInvalid() {
        String ticket = ticketFor(signedIn(), SERVICE);
        assertThat(validate("/cas/p3/serviceValidate", SERVICE, ticket)).contains("<cas:authenticationSuccess>");
        assertThat(validate("/cas/p3/serviceValidate", SERVICE, ticket)).contains("code=\"INVALID_TICKET\"");
        assertThat(audit.search(new AuditQuery("CAS_TICKET_VALIDATED", "FAILURE", null, null, null, 50)))
                .anyMatch(e -> "INVALID_TICKET".equals(e.reason()));
    }

    @Test
    void aTicketForAnotherServiceIsInvalidAndUsedUp() {
        String ticket = ticketFor(signedIn(), SERVICE);
        assertThat(validate("/cas/serviceValidate", OTHER + "x", ticket)).contains("code=\"INVALID_SERVICE\"");
        assertThat(validate("/cas/serviceValidate", SERVICE, ticket)).contains("code=\"INVALID_TICKET\"");
    }

    @Test
    void anExpiredTicketIsInvalid() {
        String ticket = ticketFor(signedIn(), SERVICE);
        clock.advance(Duration.ofSeconds(11));
        assertThat(validate("/cas/serviceValidate", SERVICE, ticket)).contains("code=\"INVALID_TICKET\"");
    }

    @Test
    void missingParametersAreAnInvalidRequest() {
        FormClient server = new FormClient(port);
        assertThat(server.get("/cas/serviceValidate?service=" + enc(SERVICE)).body()).contains("code=\"INVALID_REQUEST\"");
        assertThat(server.get("/cas/p3/serviceValidate?ticket=ST-abc").body()).contains("code=\"INVALID_REQUEST\"");
        assertThat(server.get("/cas/proxy?pgt=PGT-x").body()).contains("<cas:proxyFailure code=\"INVALID_REQUEST\"");
        assertThat(validate("/cas/serviceValidate", SERVICE, "PGT-abc")).contains("code=\"INVALID_TICKET_SPEC\"");
    }

    @Test
    void anUnregisteredServiceGetsAClearPage() {
        HttpResponse<String> page = signedIn().get("/cas/login?service=" + enc("https://evil.example.com/"));
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Ứng dụng chưa được đăng ký");
        assertThat(audit.search(new AuditQuery("ENTRY_REFUSED", "FAILURE", null, null, null, 50)))
                .anyMatch(e -> "NO_APPLICATION".equals(e.reason()) && e.detail().contains("https://evil.example.com/"));
        assertThat(new FormClient(port).get("/cas/login?gateway=true&service=" + enc("https://evil.example.com/")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void anOfficialTheAccessRulesLeaveOutIsRefused() {
        HttpResponse<String> page = signedIn().get("/cas/login?service=" + enc("https://closed.demo.gov.vn/"));
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("không có quyền");
    }

    @Test
    void withoutASessionTheBrowserSignsInAndComesBackWithATicket() {
        FormClient browser = new FormClient(port);
        HttpResponse<String> toLogin = browser.get("/cas/login?service=" + enc(SERVICE));
        assertThat(toLogin.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        HttpResponse<String> back = browser.logIn("nguyenvanan", "Demo@2026");
        assertThat(back.headers().firstValue("Location").orElseThrow()).contains("/cas/login?service=");
        HttpResponse<String> toService = browser.follow(back);
        assertThat(toService.headers().firstValue("Location").orElseThrow()).startsWith(SERVICE + "?ticket=ST-");
    }

    @Test
    void gatewayWithoutASessionReturnsWithoutATicket() {
        HttpResponse<String> answer = new FormClient(port).get("/cas/login?gateway=true&service=" + enc(SERVICE));
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).isEqualTo(SERVICE);
    }

    @Test
    void renewAsksForThePasswordAgainAndTheSameSsoSessionContinues() throws Exception {
        FormClient browser = signedIn();
        String sessionBefore = browser.cookie("DANGNHAP_SESSION").orElseThrow();
        String plain = ticketFor(browser, SERVICE);

        HttpResponse<String> asked = browser.get("/cas/login?renew=true&service=" + enc(SERVICE));
        assertThat(asked.headers().firstValue("Location").orElseThrow()).endsWith("/login/again");
        HttpResponse<String> page = browser.follow(asked);
        assertThat(page.body()).contains("value=\"nguyenvanan@demo.gov.vn\"");
        HttpResponse<String> confirmed = browser.postForm("/login/again",
                java.util.Map.of("password", "Demo@2026", "_csrf", FormClient.csrfToken(page.body())));
        String location = browser.follow(confirmed).headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(SERVICE + "?ticket=ST-");
        String renewed = location.substring(location.indexOf("ticket=") + 7);

        // The Apereo CAS client, validating with renew=true: the ticket after the password passes,
        // the one issued from the SSO session alone does not (CAS 3.0 §2.5.1).
        var validator = new org.apereo.cas.client.validation.Cas30ServiceTicketValidator("http://localhost:" + port + "/cas");
        validator.setRenew(true);
        assertThat(validator.validate(renewed, SERVICE).getPrincipal().getName()).isNotBlank();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> validator.validate(plain, SERVICE))
                .isInstanceOf(org.apereo.cas.client.validation.TicketValidationException.class);

        // The same SSO session: same session cookie, still signed in; a new ticket from it is not "from new login".
        assertThat(browser.cookie("DANGNHAP_SESSION")).contains(sessionBefore);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(new FormClient(port).get("/cas/p3/serviceValidate?renew=true&service=" + enc(SERVICE) + "&ticket="
                + ticketFor(browser, SERVICE)).body()).contains("code=\"INVALID_TICKET\"");
    }

    @Test
    void renewWithoutASessionIsAnOrdinaryLoginWhoseTicketPassesRenew() {
        FormClient browser = new FormClient(port);
        HttpResponse<String> toLogin = browser.get("/cas/login?renew=true&gateway=true&service=" + enc(SERVICE));
        assertThat(toLogin.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        String location = browser.follow(browser.logIn("nguyenvanan", "Demo@2026")).headers().firstValue("Location").orElseThrow();
        String ticket = location.substring(location.indexOf("ticket=") + 7);
        assertThat(new FormClient(port).get("/cas/p3/serviceValidate?renew=true&service=" + enc(SERVICE) + "&ticket=" + ticket).body())
                .contains("<cas:authenticationSuccess>");
    }

    @Test
    void theLinkedNameIsThePrincipalWhenTheReleaseRuleSaysSo() {
        String xml = validate("/cas/p3/serviceValidate", LINKED, ticketFor(signedIn(), LINKED));
        assertThat(xml).contains("<cas:user>an.nv</cas:user>", "<cas:linked_account>an.nv</cas:linked_account>")
                .doesNotContain("<cas:email>");
    }

    @Test
    void aRequiredLinkThatIsMissingStopsTheSignIn() {
        HttpResponse<String> page = signedIn().get("/cas/login?service=" + enc(REQUIRED));
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("ERR: Không thể xác thực người dùng!");
        String reference = FormClient.textOf(page.body(), "refused-reference");
        assertThat(audit.search(new AuditQuery("ENTRY_REFUSED", "FAILURE", null, null, null, 20)))
                .anyMatch(e -> "cas-required".equals(e.application()) && "LINK_MISSING".equals(e.reason())
                        && e.detail().contains("CAS") && e.detail().contains(reference));
    }

    @Test
    void logoutEndsTheSessionAndReturnsOnlyToARegisteredService() {
        FormClient browser = signedIn();
        HttpResponse<String> out = browser.get("/cas/logout?service=" + enc(SERVICE));
        assertThat(out.headers().firstValue("Location").orElseThrow()).isEqualTo(SERVICE);
        assertThat(browser.get("/cas/login?service=" + enc(SERVICE)).headers().firstValue("Location").orElseThrow())
                .endsWith("/login");
        FormClient other = signedIn();
        assertThat(other.get("/cas/logout?service=" + enc("https://evil.example.com/")).headers().firstValue("Location")
                .orElseThrow()).endsWith("/login?logout");
    }

    @Test
    void aProxyGrantingTicketGoesToTheCallbackAndYieldsProxyTickets() throws Exception {
        java.util.concurrent.atomic.AtomicReference<String> received = new java.util.concurrent.atomic.AtomicReference<>();
        com.sun.net.httpserver.HttpServer callback = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        callback.createContext("/pgt", exchange -> {
            received.set(exchange.getRequestURI().getQuery());
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        callback.start();
        int callbackPort = callback.getAddress().getPort();
        String pgtUrl = "http://127.0.0.1:" + callbackPort + "/pgt";
        try {
            catalogue.create(new ApplicationInput("cas-proxy", "Proxy", "CAS", "GENERIC", pgtUrl, 5));
            services.create(new CasServiceInput("cas-proxy", "Proxy", "^http://127\\.0\\.0\\.1:" + callbackPort + "/.*$", false));

            String ticket = ticketFor(signedIn(), SERVICE);
            String xml = new FormClient(port).get("/cas/serviceValidate?service=" + enc(SERVICE) + "&ticket=" + ticket
                    + "&pgtUrl=" + enc(pgtUrl)).body();
            assertThat(xml).contains("<cas:proxyGrantingTicket>PGTIOU-");
            String iou = xml.substring(xml.indexOf("PGTIOU-"), xml.indexOf("</cas:proxyGrantingTicket>"));
            assertThat(received.get()).contains("pgtIou=" + iou).contains("pgtId=PGT-");
            String pgt = received.get().replaceAll(".*pgtId=([^&]+).*", "$1");

            String proxied = new FormClient(port).get("/cas/proxy?pgt=" + pgt + "&targetService=" + enc(OTHER + "inbox")).body();
            assertThat(proxied).contains("<cas:proxySuccess>", "<cas:proxyTicket>PT-");
            String pt = proxied.substring(proxied.indexOf("PT-"), proxied.indexOf("</cas:proxyTicket>"));
            assertThat(validate("/cas/proxyValidate", OTHER + "inbox", pt))
                    .contains("<cas:user>nguyenvanan@demo.gov.vn</cas:user>", "<cas:proxy>" + pgtUrl + "</cas:proxy>");

            String another = new FormClient(port).get("/cas/proxy?pgt=" + pgt + "&targetService=" + enc(OTHER + "x")).body();
            String pt2 = another.substring(another.indexOf("PT-"), another.indexOf("</cas:proxyTicket>"));
            assertThat(validate("/cas/serviceValidate", OTHER + "x", pt2)).contains("code=\"INVALID_TICKET_SPEC\"");

            assertThat(new FormClient(port).get("/cas/proxy?pgt=" + pgt + "&targetService=" + enc("https://evil.example.com/"))
                    .body()).contains("<cas:proxyFailure code=\"UNAUTHORIZED_SERVICE_PROXY\"");
            assertThat(new FormClient(port).get("/cas/proxy?pgt=PGT-unknown&targetService=" + enc(SERVICE)).body())
                    .contains("<cas:proxyFailure code=\"INVALID_TICKET\"");

            // A callback that is not registered gets no proxy-granting ticket; validation still succeeds.
            String plain = new FormClient(port).get("/cas/serviceValidate?service=" + enc(SERVICE) + "&ticket="
                    + ticketFor(signedIn(), SERVICE) + "&pgtUrl=" + enc("https://unregistered.example.com/pgt")).body();
            assertThat(plain).contains("<cas:authenticationSuccess>").doesNotContain("proxyGrantingTicket");
        } finally {
            callback.stop(0);
        }
    }
}
