package vn.dangnhap.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import testrp.RelyingPartyApplication;
import vn.dangnhap.audit.AuditLog;
import vn.dangnhap.audit.AuditQuery;
import vn.dangnhap.directory.AccessRules;
import vn.dangnhap.directory.AppAccessRule;
import vn.dangnhap.directory.AccountStatus;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.EmailAddress;
import vn.dangnhap.directory.ApplicationCatalogue;
import vn.dangnhap.directory.ApplicationInput;
import vn.dangnhap.testsupport.HeadlessChromium;

/**
 * A real relying party (Spring Security's OAuth2 client) and a real browser: a tile click signs
 * the official into the application with no password prompt; logging out of the portal reaches
 * the application over the back channel and ends its session; RP-initiated logout ends the SSO
 * session and returns to the application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=demo",
        "spring.datasource.url=jdbc:h2:mem:oidc-rp;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "dangnhap.session.logout-delivery-interval=PT1S"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelyingPartyBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    OidcClients clients;
    @Autowired
    ApplicationCatalogue catalogue;
    @Autowired
    AccessRules access;
    @Autowired
    AuditLog audit;
    @Autowired
    Directory directory;

    ConfigurableApplicationContext relyingParty;
    String provider;
    String app;
    BrowserContext browser;
    Page page;

    @BeforeAll
    void startRelyingParty() throws IOException {
        int rpPort = RelyingPartyApplication.freePort();
        provider = "http://localhost:" + port;
        // Another host name than the provider's, so the two sites keep separate cookies.
        app = "http://127.0.0.1:" + rpPort;
        catalogue.create(new ApplicationInput("rp-app", "Ứng dụng thử nghiệm", "Ứng dụng Spring Security", "GENERIC",
                app + "/", 1));
        access.replaceRules("rp-app", List.of(AppAccessRule.EVERYONE));
        String secret = clients.register(new OidcClientInput("rp-app", "Ứng dụng thử nghiệm", ClientType.CONFIDENTIAL,
                List.of(app + "/login/oauth2/code/dangnhap"), List.of(app + "/loggedout"),
                app + "/logout/connect/back-channel/dangnhap", app + "/oauth2/authorization/dangnhap",
                List.of("openid", "profile", "email", "org"), true, false, false, null, null)).secret();

        relyingParty = RelyingPartyApplication.start(rpPort, "rp-app", secret, provider);
    }

    @AfterAll
    void stopRelyingParty() {
        if (relyingParty != null) {
            relyingParty.close();
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

    private void signInToThePortal() {
        page.navigate(provider + "/");
        page.fill("#username", "nguyenvanan");
        page.fill("#password", "Demo@2026");
        page.click("button[type=submit]");
        page.waitForSelector("li[data-app=rp-app]");
    }

    @Test
    void aTileClickSignsIntoTheApplicationWithoutAPasswordPrompt() {
        signInToThePortal();
        page.click("li[data-app=rp-app] a");
        page.waitForURL(app + "/");
        assertThat(page.textContent("#who")).isEqualTo("nguyenvanan@demo.gov.vn");
        assertThat(page.textContent("#unit")).isEqualTo("VP_UBND");
        assertThat(audit.search(new AuditQuery("TOKEN_ISSUED", null, null, null, null, 20)))
                .anyMatch(e -> "rp-app".equals(e.application()));
    }

    @Test
    void loggingOutOfThePortalEndsTheApplicationSessionOverTheBackChannel() throws InterruptedException {
        signInToThePortal();
        page.click("li[data-app=rp-app] a");
        page.waitForURL(app + "/");

        page.navigate(provider + "/");
        page.click("#logout");
        page.waitForURL("**/login?logout");

        // Delivery is asynchronous: give the queue a few seconds, then the application must ask again.
        boolean signedOut = false;
        for (int i = 0; i < 20 && !signedOut; i++) {
            TimeUnit.MILLISECONDS.sleep(500);
            page.navigate(app + "/");
            signedOut = page.url().startsWith(provider + "/login");
        }
        assertThat(signedOut).as("the application still had a session after the portal logout").isTrue();
        assertThat(audit.search(new AuditQuery("BACKCHANNEL_LOGOUT", "SUCCESS", null, null, null, 20)))
                .anyMatch(e -> "rp-app".equals(e.application()));
    }

    @Test
    void lockingTheAccountEndsTheSsoSessionAndTheApplicationSession() throws InterruptedException {
        signInToThePortal();
        page.click("li[data-app=rp-app] a");
        page.waitForURL(app + "/");

        UUID account = directory.findOfficial(EmailAddress.parse("nguyenvanan@demo.gov.vn")).orElseThrow().id();
        directory.setStatus(account, AccountStatus.LOCKED);
        try {
            boolean signedOut = false;
            for (int i = 0; i < 20 && !signedOut; i++) {
                TimeUnit.MILLISECONDS.sleep(500);
                page.navigate(app + "/");
                signedOut = page.url().startsWith(provider + "/login");
            }
            assertThat(signedOut).as("the application still had a session after the account was locked").isTrue();
            page.navigate(provider + "/");
            assertThat(page.url()).startsWith(provider + "/login");
        } finally {
            directory.setStatus(account, AccountStatus.ACTIVE);
        }
    }

    @Test
    void rpInitiatedLogoutEndsTheSsoSessionAndReturnsToTheApplication() {
        signInToThePortal();
        page.navigate(app + "/");
        page.waitForSelector("#rp-logout");
        page.click("#rp-logout");
        page.waitForURL(app + "/loggedout");
        assertThat(page.textContent("#bye")).contains("signed out");

        page.navigate(provider + "/");
        assertThat(page.url()).startsWith(provider + "/login");
    }
}
