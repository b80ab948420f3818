package vn.dangnhap.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangnhap.cas.CasServiceInput;
import vn.dangnhap.cas.CasServices;
import vn.dangnhap.directory.AccessRules;
import vn.dangnhap.directory.ApplicationCatalogue;
import vn.dangnhap.oidc.ClientType;
import vn.dangnhap.oidc.OidcClientInput;
import vn.dangnhap.oidc.OidcClients;
import vn.dangnhap.testsupport.FormClient;
import vn.dangnhap.testsupport.TestApplications;

/**
 * One session end, one fan-out, one transaction: an official signed in to one application over
 * OpenID Connect and over CAS in the same SSO session logs out. A third participant — shaped like the
 * SAML module to come, and like it one class — watches from inside the fan-out: the other two have
 * already queued their notices in its transaction, which no other connection sees before the commit;
 * and when it fails, their work is rolled back with it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=demo",
        "spring.datasource.url=jdbc:h2:mem:logout-fan-out;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
@Import(LogoutFanOutTest.Config.class)
class LogoutFanOutTest {

    // Nothing listens there: deliveries fail and stay queued for retry, where the test reads them.
    private static final String UNREACHABLE = "http://127.0.0.1:9";
    private static final String REDIRECT = UNREACHABLE + "/callback";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationCatalogue catalogue;
    @Autowired
    AccessRules access;
    @Autowired
    OidcClients clients;
    @Autowired
    CasServices casServices;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WatchingParticipant watcher;

    @AfterEach
    void stopWatching() {
        watcher.watch(null, false);
    }

    @Test
    void oneLogoutQueuesTheOidcAndTheCasNoticesInOneTransactionCommittedBeforeTheyAreSent() throws Exception {
        SignedInSession session = signInToBothProtocols("fan-out", "nguyenvanan");
        watcher.watch("fan-out", false);

        assertThat(logOut(session.browser()).headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");

        assertThat(watcher.queuedInTheTransaction).as("notices queued before the last participant ran, in its transaction")
                .containsExactlyInAnyOrder("OIDC", "CAS");
        assertThat(watcher.visibleToOtherConnections).as("notices another connection saw before the commit").isEmpty();
        assertThat(queued("fan-out")).as("notices committed for delivery")
                .containsExactlyInAnyOrder("OIDC " + session.sid(), "CAS " + session.ticket());
        assertThat(grantsOf(session.sid())).as("the session's grants are revoked").isZero();
        assertThat(ticketsRememberedFor(session.sid())).as("the session's tickets are forgotten").isZero();
    }

    @Test
    void aParticipantThatFailsRollsBackTheOthersSoNothingEndsAndNoApplicationIsTold() throws Exception {
        SignedInSession session = signInToBothProtocols("fan-out-fails", "tranthibinh");
        watcher.watch("fan-out-fails", true);

        // The SSO session itself ends all the same.
        assertThat(logOut(session.browser()).headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
        assertThat(session.browser().get("/").headers().firstValue("Location").orElseThrow()).endsWith("/login");

        assertThat(watcher.queuedInTheTransaction).as("the other participants had run before the failure")
                .containsExactlyInAnyOrder("OIDC", "CAS");
        assertThat(queued("fan-out-fails")).as("notices left after the rollback").isEmpty();
        assertThat(grantsOf(session.sid())).as("grants left after the rollback").isEqualTo(1);
        assertThat(ticketsRememberedFor(session.sid())).as("tickets left after the rollback").isEqualTo(1);
    }

    // --- the session: one ID token and one service ticket ------------------------------------

    record SignedInSession(FormClient browser, String sid, String ticket) {}

    private SignedInSession signInToBothProtocols(String code, String official) throws Exception {
        TestApplications.create(catalogue, access, code, "*");
        String secret = clients.register(new OidcClientInput(code, "Ứng dụng " + code, ClientType.CONFIDENTIAL,
                List.of(REDIRECT), List.of(), UNREACHABLE + "/" + code + "/backchannel", null, List.of("openid"),
                true, false, false, null, null)).secret();
        String service = UNREACHABLE + "/" + code + "/";
        casServices.create(new CasServiceInput(code, "Ứng dụng " + code, "^" + Pattern.quote(service) + ".*$", true));

        FormClient browser = new FormClient(port);
        assertThat(browser.logIn(official, "Demo@2026").headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String authorized = browser.get("/oauth2/authorize?response_type=code&client_id=" + code + "&redirect_uri=" + REDIRECT
                + "&scope=openid&state=s1&nonce=n1").headers().firstValue("Location").orElseThrow();
        String idToken = field(tokenRequest(code, secret, "grant_type=authorization_code&code=" + parameter(authorized, "code")
                + "&redirect_uri=" + REDIRECT), "id_token");
        String sid = SignedJWT.parse(idToken).getJWTClaimsSet().getStringClaim("sid");
        String withTicket = browser.get("/cas/login?service=" + URLEncoder.encode(service, StandardCharsets.UTF_8))
                .headers().firstValue("Location").orElseThrow();
        return new SignedInSession(browser, sid, parameter(withTicket, "ticket"));
    }

    private static HttpResponse<String> logOut(FormClient browser) {
        return browser.postForm("/logout", Map.of("_csrf", FormClient.csrfToken(browser.get("/").body())));
    }

    // --- what the database holds -------------------------------------------------------------

    private List<String> queued(String recipient) {
        return jdbc.sql("SELECT protocol, session_ref FROM session_logout_delivery WHERE recipient = ?").param(recipient)
                .query((rs, n) -> rs.getString("protocol") + " " + rs.getString("session_ref")).list();
    }

    private long grantsOf(String sid) {
        return jdbc.sql("SELECT COUNT(*) FROM oidc_authorization WHERE sid = ?").param(sid).query(Long.class).single();
    }

    private long ticketsRememberedFor(String sid) {
        return jdbc.sql("SELECT COUNT(*) FROM cas_session_service WHERE sid = ?").param(sid).query(Long.class).single();
    }

    // --- protocol helpers --------------------------------------------------------------------

    private static String parameter(String location, String name) {
        Matcher m = Pattern.compile("[?&]" + name + "=([^&]+)").matcher(location);
        assertThat(m.find()).as(location).isTrue();
        return URLDecoder.decode(m.group(1), StandardCharsets.US_ASCII);
    }

    private String tokenRequest(String clientId, String secret, String form) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return response.body();
        }
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return m.group(1);
    }

    // --- the third participant ---------------------------------------------------------------

    /**
     * Takes part in every session end after OpenID Connect and CAS (test beans are registered after
     * the scanned ones): records the notices already queued for the watched application, as its own
     * transaction sees them and as another connection does, and fails when told to.
     */
    static final class WatchingParticipant implements SessionParticipant {

        private final JdbcClient jdbc;
        private final DataSource dataSource;
        private volatile String watched;
        private volatile boolean fail;
        final List<String> queuedInTheTransaction = new CopyOnWriteArrayList<>();
        final List<String> visibleToOtherConnections = new CopyOnWriteArrayList<>();

        WatchingParticipant(JdbcClient jdbc, DataSource dataSource) {
            this.jdbc = jdbc;
            this.dataSource = dataSource;
        }

        void watch(String recipient, boolean failing) {
            queuedInTheTransaction.clear();
            visibleToOtherConnections.clear();
            watched = recipient;
            fail = failing;
        }

        @Override
        public List<LogoutNotice> endSession(String sid) {
            String recipient = watched;
            if (recipient == null) {
                return List.of();
            }
            queuedInTheTransaction.addAll(jdbc.sql("SELECT protocol FROM session_logout_delivery WHERE recipient = ?")
                    .param(recipient).query(String.class).list());
            visibleToOtherConnections.addAll(protocolsSeenOutsideTheTransaction(recipient));
            if (fail) {
                throw new IllegalStateException("test: the third participant fails");
            }
            return List.of();
        }

        /** A connection straight from the pool, outside the transaction Spring holds on this thread. */
        private List<String> protocolsSeenOutsideTheTransaction(String recipient) {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement select = connection.prepareStatement(
                         "SELECT protocol FROM session_logout_delivery WHERE recipient = ?")) {
                select.setString(1, recipient);
                List<String> protocols = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        protocols.add(rows.getString(1));
                    }
                }
                return protocols;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {

        @Bean
        WatchingParticipant watchingParticipant(JdbcClient jdbc, DataSource dataSource) {
            return new WatchingParticipant(jdbc, dataSource);
        }
    }
}
