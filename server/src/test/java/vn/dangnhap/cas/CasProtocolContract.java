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
        "spring.datasource.url=jdbc:h2:mem:cas-protocol;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "dangnhap.session.logout-delivery-interval=PT0.3S"})
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
    void theApereoCas30ValidatorSeesARememberedLoginAndWhenItHappened() throws Exception {
        FormClient browser = new FormClient(port);
        String token = FormClient.csrfToken(browser.get("/login").body());
        java.time.Instant before = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        assertThat(browser.postForm("/login", java.util.Map.of("username", "nguyenvanan", "password", "Demo@2026",
                "remember-me", "on", "_csrf", token)).statusCode()).isEqualTo(302);

        org.apereo.cas.client.validation.Assertion remembered = new org.apereo.cas.client.validation.Cas30ServiceTicketValidator(
                "http://localhost:" + port + "/cas").validate(ticketFor(browser, SERVICE), SERVICE);
        java.util.Map<String, Object> attributes = remembered.getPrincipal().getAttributes();
        assertThat(attributes).containsEntry("longTermAuthenticationRequestTokenUsed", "true")
                .containsEntry("isFromNewLogin", "false");
        assertThat(java.time.Instant.parse((String) attributes.get("authenticationDate"))).isBetween(before, clock.instant());

        String json = new FormClient(port).get("/cas/p3/serviceValidate?format=JSON&service=" + enc(SERVICE) + "&ticket="
                + ticketFor(browser, SERVICE)).body();
        assertThat(json).contains("\"longTermAuthenticationRequestTokenUsed\":[\"true\"]", "\"isFromNewLogin\":[\"false\"]",
                "\"authenticationDate\":[\"" + attributes.get("authenticationDate") + "\"]");

        String plain = validate("/cas/p3/serviceValidate", SERVICE, ticketFor(signedIn(), SERVICE));
        assertThat(plain).contains("<cas:isFromNewLogin>false</cas:isFromNewLogin>", "<cas:authenticationDate>")
                .doesNotContain("longTermAuthenticationRequestTokenUsed");
    }

    @Test
    void theApereoSaml11ValidatorValidatesARealTicketAtSamlValidate() throws Exception {
        // The client compares the assertion's validity with its own clock: undo what other tests moved.
        clock.moveTo(java.time.Instant.now());
        FormClient browser = signedIn();
        String ticket = ticketFor(browser, SERVICE);
        var validator = new org.apereo.cas.client.validation.Saml11TicketValidator("http://localhost:" + port + "/cas");
        org.apereo.cas.client.validation.Assertion assertion = validator.validate(ticket, SERVICE);
        assertThat(assertion.getPrincipal().getName()).isEqualTo("nguyenvanan@demo.gov.vn");
        assertThat(assertion.getPrincipal().getAttributes()).containsEntry("email", "nguyenvanan@demo.gov.vn")
                .containsEntry("org_unit_code", "VP_UBND").containsEntry("name", "Nguyễn Văn An")
                .containsEntry("isFromNewLogin", "false").containsKey("authenticationDate");
        assertThat(assertion.isValid()).isTrue();

        try {
            validator.validate(ticket, SERVICE);
            throw new AssertionError("a used ticket was accepted at samlValidate");
        } catch (org.apereo.cas.client.validation.TicketValidationException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
        String again = samlValidate("TARGET=" + enc(SERVICE), samlRequest(ticket));
        assertThat(again).contains("<samlp:StatusCode Value=\"samlp:RequestDenied\"", "INVALID_TICKET")
                .doesNotContain("<saml:Assertion");
        String otherService = samlValidate("TARGET=" + enc(OTHER + "x"), samlRequest(ticketFor(browser, SERVICE)));
        assertThat(otherService).contains("samlp:RequestDenied", "INVALID_SERVICE");
        assertThat(audit.search(new AuditQuery("CAS_TICKET_VALIDATED", "SUCCESS", null, null, null, 50)))
                .anyMatch(e -> "cas-app".equals(e.application()) && e.detail().contains("/cas/samlValidate"));
    }

    @Test
    void aMalformedSamlRequestIsARequesterErrorAndLeavesTheTicketUnused() {
        String ticket = ticketFor(signedIn(), SERVICE);
        List<String> malformed = List.of("", "not xml", samlRequest(ticket).substring(0, 150),
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
                samlRequest("").replace("<samlp:AssertionArtifact></samlp:AssertionArtifact>", ""),
                samlRequest(ticket).replace("<samlp:Request ", "<samlp:Request x=\"" + "y".repeat(20_000) + "\" "));
        for (String body : malformed) {
            String answer = samlValidate("TARGET=" + enc(SERVICE), body);
            assertThat(answer).contains("<samlp:StatusCode Value=\"samlp:Requester\"").doesNotContain("root:");
        }
        assertThat(samlValidate("", samlRequest(ticket))).as("no TARGET").contains("samlp:Requester");
        assertThat(samlValidate("TARGET=" + enc(SERVICE), samlRequest(ticket)))
                .as("the ticket after the malformed requests").contains("<samlp:StatusCode Value=\"samlp:Success\"");
    }

    static String samlRequest(String ticket) {
        return "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\"><SOAP-ENV:Header/><SOAP-ENV:Body>"
                + "<samlp:Request xmlns:samlp=\"urn:oasis:names:tc:SAML:1.0:protocol\" MajorVersion=\"1\" MinorVersion=\"1\""
                + " RequestID=\"_r1\" IssueInstant=\"2026-01-01T00:00:00Z\"><samlp:AssertionArtifact>" + ticket
                + "</samlp:AssertionArtifact></samlp:Request></SOAP-ENV:Body></SOAP-ENV:Envelope>";
    }

    private String samlValidate(String query, String body) {
        try {
            java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/cas/samlValidate?" + query))
                            .header("Content-Type", "text/xml").POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/xml");
            return answer.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
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
    void anUnsupportedFormatIsAnInvalidRequestAndLeavesTheTicketUnused() {
        String ticket = ticketFor(signedIn(), SERVICE);
        for (String path : List.of("/cas/serviceValidate", "/cas/p3/serviceValidate", "/cas/proxyValidate")) {
            HttpResponse<String> answer = new FormClient(port).get(path + "?format=HTML&service=" + enc(SERVICE) + "&ticket=" + ticket);
            assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
            assertThat(answer.body()).contains("<cas:authenticationFailure code=\"INVALID_REQUEST\">Unsupported format &apos;HTML&apos;");
        }
        assertThat(new FormClient(port).get("/cas/proxy?format=yaml&pgt=PGT-x&targetService=" + enc(SERVICE)).body())
                .contains("<cas:proxyFailure code=\"INVALID_REQUEST\"");
        String json = new FormClient(port).get("/cas/p3/serviceValidate?format=json&service=" + enc(SERVICE) + "&ticket=" + ticket)
                .body();
        assertThat(json).as("the ticket after the refused requests").contains("\"authenticationSuccess\"");
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
        String location = toService.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(SERVICE + "?ticket=ST-");
        assertThat(validate("/cas/p3/serviceValidate", SERVICE, location.substring(location.indexOf("ticket=") + 7)))
                .as("a ticket issued right after the password was typed for it")
                .contains("<cas:isFromNewLogin>true</cas:isFromNewLogin>");
        assertThat(validate("/cas/p3/serviceValidate", SERVICE, ticketFor(browser, SERVICE)))
                .as("the next ticket of the same session").contains("<cas:isFromNewLogin>false</cas:isFromNewLogin>");
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

    // --- single logout: what the application's answer means (§2.3.3.1) ---------------------

    /** An application's single-logout receiver on the loopback address, answering every POST with one status. */
    private record LogoutReceiver(com.sun.net.httpserver.HttpServer server, java.util.List<String> received, String service)
            implements AutoCloseable {

        static LogoutReceiver answering(int status) throws java.io.IOException {
            java.util.List<String> received = new java.util.concurrent.CopyOnWriteArrayList<>();
            com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                    new java.net.InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                if ("POST".equals(exchange.getRequestMethod())) {
                    received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                }
                if (status >= 300 && status < 400) {
                    exchange.getResponseHeaders().add("Location", "/app/");
                }
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
            return new LogoutReceiver(server, received, "http://127.0.0.1:" + server.getAddress().getPort() + "/app/");
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    /** Signs in, gets a ticket for the receiver's service (registered with single logout) and logs out. */
    private void signInToTheReceiverAndLogOut(LogoutReceiver receiver, String code) {
        int receiverPort = receiver.server().getAddress().getPort();
        catalogue.create(new ApplicationInput(code, "Ứng dụng " + code, "CAS", "GENERIC", receiver.service(), 5));
        access.replaceRules(code, List.of(AppAccessRule.EVERYONE));
        services.create(new CasServiceInput(code, "Ứng dụng " + code, "^http://127\\.0\\.0\\.1:" + receiverPort + "/.*$", true));
        FormClient browser = signedIn();
        String ticket = ticketFor(browser, receiver.service());
        assertThat(validate("/cas/p3/serviceValidate", receiver.service(), ticket)).contains("<cas:authenticationSuccess>");
        assertThat(browser.get("/cas/logout").statusCode()).isEqualTo(302);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }

    /** Time for the queue to run a few times (every 0.3 s here) after the clock passed every retry delay. */
    private void letTheQueueRunHoursLater() throws InterruptedException {
        clock.advance(Duration.ofHours(4));
        Thread.sleep(1_200);
    }

    private List<String> logoutOutcomes(String code) {
        return audit.search(new AuditQuery("CAS_LOGOUT", null, null, null, null, 200)).stream()
                .filter(e -> code.equals(e.application())).map(e -> e.reason()).toList();
    }

    @Test
    void aLogoutReceiverAnsweringARedirectGetsExactlyOneDelivery() throws Exception {
        try (LogoutReceiver receiver = LogoutReceiver.answering(302)) {
            signInToTheReceiverAndLogOut(receiver, "slo-302");
            waitFor(() -> receiver.received().size() == 1, "the logout request reached the application");
            assertThat(receiver.received().getFirst()).startsWith("logoutRequest=")
                    .contains(enc("<samlp:SessionIndex>ST-"));
            letTheQueueRunHoursLater();
            assertThat(receiver.received()).as("deliveries to an application that answered 302").hasSize(1);
            assertThat(logoutOutcomes("slo-302")).containsExactly("DELIVERED");
        }
    }

    @Test
    void aLogoutReceiverAnsweringAClientErrorIsNotAskedAgain() throws Exception {
        try (LogoutReceiver receiver = LogoutReceiver.answering(404)) {
            signInToTheReceiverAndLogOut(receiver, "slo-404");
            waitFor(() -> receiver.received().size() == 1, "the logout request reached the application");
            letTheQueueRunHoursLater();
            assertThat(receiver.received()).as("deliveries to an application that answered 404").hasSize(1);
            assertThat(logoutOutcomes("slo-404")).containsExactly("REFUSED");
        }
    }

    @Test
    void aLogoutReceiverAnsweringAServerErrorIsTriedEightTimesThenGivenUp() throws Exception {
        try (LogoutReceiver receiver = LogoutReceiver.answering(500)) {
            signInToTheReceiverAndLogOut(receiver, "slo-500");
            for (int attempt = 1; attempt <= 8; attempt++) {
                int expected = attempt;
                if (attempt > 1) {
                    clock.advance(Duration.ofHours(3).plusSeconds(1));
                }
                // Counted by the application, then recorded (the next attempt planned) by the queue.
                waitFor(() -> receiver.received().size() == expected, "attempt " + attempt);
                waitFor(() -> logoutOutcomes("slo-500").size() == expected, "attempt " + attempt + " recorded");
            }
            letTheQueueRunHoursLater();
            assertThat(receiver.received()).as("attempts at an application that answers 500").hasSize(8);
            List<String> outcomes = logoutOutcomes("slo-500");
            assertThat(outcomes).hasSize(8).startsWith("GAVE_UP").containsOnly("GAVE_UP", "RETRYING");
        }
    }
}
