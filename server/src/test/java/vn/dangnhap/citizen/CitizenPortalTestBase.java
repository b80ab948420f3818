package vn.dangnhap.citizen;

import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dangnhap.audit.AuditEvent;
import vn.dangnhap.audit.AuditLog;
import vn.dangnhap.audit.AuditQuery;
import vn.dangnhap.credential.PasswordCredentials;
import vn.dangnhap.testsupport.MutableClock;
import vn.dangnhap.testsupport.PasswordHashCounter;
import vn.dangnhap.testsupport.SandboxServer;

/**
 * The whole application with the demo data (officials and legacy citizens) and the population
 * registry of the sandbox ({@link SandboxServer}; read timeout 1 s). The citizen-password cut-off is set to 2030-01-01 (a day the tests reach
 * by moving the clock); the circuit breaker opens after 3 failures. One context for every subclass.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:citizen-portal;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "dangnhap.citizen.password-cutoff=2030-01-01",
        "dangnhap.citizen.registry.failure-threshold=3",
        "dangnhap.citizen.registry.open-for=60s",
        "dangnhap.citizen.registry.read-timeout=1s"})
@ActiveProfiles("demo")
@Import({MutableClock.Config.class, RegistryCallCounter.class, PasswordHashCounter.class})
abstract class CitizenPortalTestBase {

    static final String DEMO_PASSWORD = "Demo@2026";

    @DynamicPropertySource
    static void registry(DynamicPropertyRegistry properties) {
        properties.add("dangnhap.citizen.registry.url", SandboxServer::registryUrl);
        properties.add("dangnhap.citizen.registry.username", () -> SandboxServer.registryCredentials().username());
        properties.add("dangnhap.citizen.registry.password", () -> SandboxServer.registryCredentials().password());
    }

    @LocalServerPort int port;
    @Autowired CitizenAccounts accounts;
    @Autowired PasswordCredentials passwords;
    @Autowired MutableClock clock;
    @Autowired RegistryCallCounter registryCalls;
    @Autowired AuditLog audit;

    void registryDown() {
        SandboxServer.setRegistryBehaviour(0, false);
    }

    /** Answers, but only after {@code latencyMs}. */
    void registrySlow(long latencyMs) {
        SandboxServer.setRegistryBehaviour(latencyMs, true);
    }

    void registryUp() {
        SandboxServer.resetRegistry();
    }

    /** A legacy account as an old portal left it, with a password. */
    CitizenAccount legacyAccount(String username, String fullName, String claimedPin, String password) {
        CitizenAccount account = accounts.createLegacy(username, fullName, null,
                claimedPin == null ? null : new Cccd(claimedPin), null, null, null);
        passwords.setPassword(account.id(), password);
        return account;
    }

    List<AuditEvent> auditLines(String type, String username) {
        return audit.search(new AuditQuery(type, null, username, null, null, 100));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    CitizenAccount reload(UUID id) {
        return accounts.account(id);
    }
}
