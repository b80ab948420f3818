package vn.dangnhap.cas;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apereo.cas.client.validation.Assertion;
import org.apereo.cas.client.validation.Cas20ServiceTicketValidator;
import org.apereo.cas.client.validation.Cas30ServiceTicketValidator;
import org.apereo.cas.client.validation.TicketValidationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import testcas.CasClientApplication;
import testrp.RelyingPartyApplication;
import vn.dangnhap.audit.AuditLog;
import vn.dangnhap.audit.AuditQuery;
import vn.dangnhap.directory.AccessRules;
import vn.dangnhap.directory.AppAccessRule;
import vn.dangnhap.directory.ApplicationCatalogue;
import vn.dangnhap.directory.ApplicationInput;
import vn.dangnhap.testsupport.FormClient;
import vn.dangnhap.testsupport.HeadlessChromium;

/**
 * The Apereo Java CAS client against the platform: a servlet application protected by the client's
 * filters is opened from a portal tile by a real browser without a password prompt and sees the
 * principal and attributes; the client's CAS 2.0 and 3.0 validators accept real tickets and refuse
 * a reused one; logging out of the portal reaches the application (single logout) and ends its session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=demo",
        "spring.datasource.url=jdbc:h2:mem:cas-client;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "dangnhap.session.logout-delivery-interval=PT1S"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CasClientBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    CasServices services;
    @Autowired
    ApplicationCatalogue catalogue;
    @Autowired
    AccessRules access;
    @Autowired
    AuditLog audit;

    CasClientApplication client;
    String provider;
    String app;
    BrowserContext browser;
    Page page;

    @BeforeAll
    void startTheApplication() {
        int appPort = RelyingPartyApplication.freePort();
        provider = "http://localhost:" + port;
        // Another host name than the platform's, so the two sites keep separate cookies.
        app = "http://127.0.0.1:" + appPort;
        catalogue.create(new ApplicationInput("cas-client", "Một cửa điện tử (CAS)", "Ứng dụng CAS", "SERVICE", app + "/", 1));
        access.replaceRules("cas-client", List.of(AppAccessRule.EVERYONE));
        services.create(new CasServiceInput("cas-client", "Một cửa điện tử (CAS)",
                "^http://127\\.0\\.0\\.1:" + appPort + "/.*$", true));
        client = CasClientApplication.start(appPort, provider);
    }

    @AfterAll
    void stopTheApplication() throws Exception {
        if (client != null) {
            client.close();
        }
    }

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.newContext();
        page = browser.newPage();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private void signInToThePortalAndOpenTheTile() {
        page.navigate(provider + "/");
        page.fill("#username", "nguyenvanan");
        page.fill("#password", "Demo@2026");
        page.click("button[type=submit]");
        page.waitForSelector("li[data-app=cas-client]");
        page.click("li[data-app=cas-client] a");
        page.waitForURL(app + "/");
    }

    @Test
    void aTileClickSignsIntoTheCasApplicationWithItsAttributes() {
        signInToThePortalAndOpenTheTile();
        assertThat(page.textContent("#who")).isEqualTo("nguyenvanan@demo.gov.vn");
        assertThat(page.textContent("#attr-email")).isEqualTo("nguyenvanan@demo.gov.vn");
        assertThat(page.textContent("#attr-org_unit_code")).isEqualTo("VP_UBND");
        assertThat(page.textContent("#attr-name")).isNotBlank();
        assertThat(audit.search(new AuditQuery("CAS_TICKET_VALIDATED", "SUCCESS", null, null, null, 20)))
                .anyMatch(e -> "cas-client".equals(e.application()));
    }

    @Test
    void loggingOutOfThePortalEndsTheApplicationSession() throws InterruptedException {
        signInToThePortalAndOpenTheTile();
        page.navigate(provider + "/");
        page.click("#logout");
        page.waitForURL("**/login?logout");

        boolean signedOut = false;
        for (int i = 0; i < 20 && !signedOut; i++) {
            TimeUnit.MILLISECONDS.sleep(500);
            page.navigate(app + "/");
            signedOut = page.url().startsWith(provider + "/login");
        }
        assertThat(signedOut).as("the CAS application still had a session after the portal logout").isTrue();
        assertThat(audit.search(new AuditQuery("CAS_LOGOUT", "SUCCESS", null, null, null, 20)))
                .anyMatch(e -> "cas-client".equals(e.application()));
    }

    private String ticketFor(String service) {
        FormClient official = new FormClient(port);
        official.logIn("nguyenvanan", "Demo@2026");
        String location = official.get("/cas/login?service=" + URLEncoder.encode(service, StandardCharsets.UTF_8))
                .headers().firstValue("Location").orElseThrow();
        return location.substring(location.indexOf("ticket=") + 7);
    }

    @Test
    void theClientsCas20ValidatorValidatesARealTicket() throws TicketValidationException {
        String service = app + "/cas20";
        Assertion assertion = new Cas20ServiceTicketValidator(provider + "/cas").validate(ticketFor(service), service);
        assertThat(assertion.getPrincipal().getName()).isEqualTo("nguyenvanan@demo.gov.vn");
    }

    @Test
    void theClientsCas30ValidatorValidatesARealTicketAndRefusesItsReuse() throws TicketValidationException {
        String service = app + "/cas30";
        String ticket = ticketFor(service);
        Cas30ServiceTicketValidator validator = new Cas30ServiceTicketValidator(provider + "/cas");
        Assertion assertion = validator.validate(ticket, service);
        assertThat(assertion.getPrincipal().getName()).isEqualTo("nguyenvanan@demo.gov.vn");
        assertThat(assertion.getPrincipal().getAttributes()).containsEntry("org_unit_code", "VP_UBND")
                .containsEntry("email", "nguyenvanan@demo.gov.vn");
        try {
            validator.validate(ticket, service);
            throw new AssertionError("a reused ticket was accepted");
        } catch (TicketValidationException e) {
            assertThat(e.getMessage()).contains("not recognized");
        }
    }
}
