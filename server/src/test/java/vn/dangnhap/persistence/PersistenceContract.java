package vn.dangnhap.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import vn.dangnhap.audit.AuditEntry;
import vn.dangnhap.audit.AuditEvent;
import vn.dangnhap.login.LoginAuditType;
import vn.dangnhap.portal.PortalAuditType;
import vn.dangnhap.audit.AuditLog;
import vn.dangnhap.audit.AuditQuery;
import vn.dangnhap.audit.internal.AuditStore;
import vn.dangnhap.credential.PasswordCredentials;
import vn.dangnhap.shared.cluster.JobLease;
import vn.dangnhap.credential.internal.LifecycleStore;
import vn.dangnhap.credential.PasswordPolicy;
import vn.dangnhap.credential.PasswordPolicySettings;
import vn.dangnhap.credential.internal.CommonPasswords;
import vn.dangnhap.credential.internal.PasswordStore;
import vn.dangnhap.directory.AccountLock;
import vn.dangnhap.directory.AccountStatus;
import vn.dangnhap.directory.AccessRules;
import vn.dangnhap.directory.AppAccessRule;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.EmailAddress;
import vn.dangnhap.directory.LockReason;
import vn.dangnhap.directory.OfficialAccount;
import vn.dangnhap.directory.OfficialInput;
import vn.dangnhap.directory.OfficialQuery;
import vn.dangnhap.directory.UnitInput;
import vn.dangnhap.directory.UnitKind;
import vn.dangnhap.directory.Application;
import vn.dangnhap.directory.ApplicationCatalogue;
import vn.dangnhap.entry.ApplicationEntry;
import vn.dangnhap.directory.ApplicationInput;
import vn.dangnhap.entry.Entry;
import vn.dangnhap.entry.RefusalReason;
import vn.dangnhap.login.Account;
import vn.dangnhap.shared.ConflictException;
import vn.dangnhap.shared.InvalidInputException;

/**
 * What the modules store and read back, run against every database the platform supports (one
 * subclass each). Each test runs in a transaction rolled back at its end, so every test starts
 * from the migrated, empty schema.
 */
@SpringBootTest
@Transactional
abstract class PersistenceContract {

    @Autowired Flyway flyway;
    @Autowired JdbcClient jdbc;
    @Autowired Directory directory;
    @Autowired PasswordCredentials passwords;
    @Autowired AuditLog audit;
    @Autowired ApplicationCatalogue catalogue;
    @Autowired AccessRules access;
    @Autowired ApplicationEntry entry;
    @Autowired JobLease jobLease;
    @Autowired LifecycleStore lifecycle;

    // --- Flyway ---------------------------------------------------------------------------------

    @Test
    void flywayAppliesEveryMigrationToAnEmptyDatabase() {
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).extracting(m -> m.getVersion().getVersion())
                .contains("1.1", "2.1", "3.1", "4.1");
        assertThat(flyway.info().applied()).allMatch(m -> m.getState().isApplied() && !m.getState().isFailed(),
                "applied successfully");
        for (String table : List.of("directory_unit", "directory_account", "directory_account_role",
                "directory_access_rule", "credential_password", "directory_application", "audit_event")) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single()).as(table).isZero();
        }
    }

    // --- Directory ------------------------------------------------------------------------------

    @Test
    void createsUnitTreeAndOfficialFoundByEmailInAnyCase() {
        province();
        directory.createUnit(new UnitInput("so_tttt", "Sở Thông tin và Truyền thông", UnitKind.DEPARTMENT, "TINH"));

        OfficialAccount created = directory.createOfficial(new OfficialInput(
                "Nguyen.Van.An@Demo.Gov.VN", "  Nguyễn   Văn An ", null, "SO_TTTT", List.of()));

        assertThat(created.email().value()).isEqualTo("nguyen.van.an@demo.gov.vn");
        assertThat(created.fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(created.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(directory.unit("SO_TTTT").parentCode()).isEqualTo("TINH");
        assertThat(directory.findOfficial(EmailAddress.parse("NGUYEN.VAN.AN@demo.gov.vn")))
                .map(OfficialAccount::id).contains(created.id());
    }

    @Test
    void refusesASecondAccountWithTheSameEmailInOtherLetterCase() {
        province();
        official("hoa@demo.gov.vn", "TINH");

        assertThatThrownBy(() -> official("HOA@DEMO.gov.vn", "TINH"))
                .isInstanceOf(ConflictException.class)
                .hasMessage("official.email-taken");
        assertThat(directory.officialCount()).isEqualTo(1);
    }

    @Test
    void rolesRoundTripThroughCreateAndUpdate() {
        province();
        OfficialAccount created = directory.createOfficial(new OfficialInput(
                "binh@demo.gov.vn", "Trần Thị Bình", null, "TINH", List.of("van_thu", "LANH_DAO", " ")));
        assertThat(directory.official(created.id()).roles()).containsExactlyInAnyOrder("VAN_THU", "LANH_DAO");

        directory.updateOfficial(created.id(), new OfficialInput(
                "binh@demo.gov.vn", "Trần Thị Bình", null, "TINH", List.of("ADMIN")));

        assertThat(directory.official(created.id()).roles()).containsExactly("ADMIN");
        assertThat(directory.officials(OfficialQuery.all()).getFirst().roles()).containsExactly("ADMIN");
    }

    @Test
    void searchTreatsPercentAndUnderscoreAsPlainCharacters() {
        province();
        official("nv_an@demo.gov.vn", "TINH");
        official("nvxan@demo.gov.vn", "TINH");
        official("giam%1@demo.gov.vn", "TINH");
        official("giamx1@demo.gov.vn", "TINH");

        assertThat(search("nv_a")).containsExactly("nv_an@demo.gov.vn");
        assertThat(search("m%1")).containsExactly("giam%1@demo.gov.vn");
        assertThat(search("%")).containsExactly("giam%1@demo.gov.vn");
        assertThat(search("_")).containsExactly("nv_an@demo.gov.vn");
        assertThat(search("demo.gov")).hasSize(4);
    }

    @Test
    void storesPhoneNumbersInE164() {
        province();
        OfficialAccount mobile = directory.createOfficial(new OfficialInput(
                "mobile@demo.gov.vn", "Lê Văn Cường", "0912 345 678", "TINH", List.of()));
        OfficialAccount landline = directory.createOfficial(new OfficialInput(
                "landline@demo.gov.vn", "Lưu Văn Vinh", "0251 3879 123", "TINH", List.of()));

        assertThat(directory.official(mobile.id()).phone().e164()).isEqualTo("+84912345678");
        assertThat(jdbc.sql("SELECT phone FROM directory_account WHERE id = ?").param(mobile.id())
                .query(String.class).single()).isEqualTo("+84912345678");
        assertThat(directory.official(landline.id()).phone().e164()).isEqualTo("+842513879123");
        assertThatThrownBy(() -> directory.createOfficial(new OfficialInput(
                "bad@demo.gov.vn", "Số sai", "12345", "TINH", List.of())))
                .isInstanceOf(InvalidInputException.class).hasMessage("phone.invalid");
    }

    // --- PasswordCredentials --------------------------------------------------------------------

    @Test
    void verifiesTheRightPasswordOnlyAndNeverStoresItInClear() {
        UUID account = UUID.randomUUID();
        passwords.setPassword(account, "Mật-khẩu@2026");

        assertThat(passwords.verify(account, "Mật-khẩu@2026")).isTrue();
        assertThat(passwords.verify(account, "mật-khẩu@2026")).isFalse();
        assertThat(passwords.verify(UUID.randomUUID(), "Mật-khẩu@2026")).isFalse();
        assertThat(storedHash(account)).startsWith("$argon2id$").doesNotContain("2026");
    }

    @Test
    void rehashesWithRaisedArgon2ParametersAtTheNextCorrectLogin() {
        UUID account = UUID.randomUUID();
        PasswordStore store = new PasswordStore(jdbc);
        Clock clock = Clock.fixed(Instant.parse("2026-01-05T02:00:00Z"), ZoneOffset.UTC);
        var policy = new PasswordPolicy(new PasswordPolicySettings(8, 14, 256, 5), new CommonPasswords());
        var before = new PasswordCredentials(store, new Argon2PasswordEncoder(16, 32, 1, 4096, 1), clock, policy, event -> {});
        var after = new PasswordCredentials(store, new Argon2PasswordEncoder(16, 32, 1, 8192, 2), clock, policy, event -> {});
        before.setPassword(account, "Demo@2026");
        String weak = storedHash(account);
        assertThat(weak).contains("m=4096,t=1");

        assertThat(after.verify(account, "wrong")).isFalse();
        assertThat(storedHash(account)).as("a wrong password changes nothing").isEqualTo(weak);

        assertThat(after.verify(account, "Demo@2026")).isTrue();
        assertThat(storedHash(account)).contains("m=8192,t=2").isNotEqualTo(weak);
        assertThat(after.verify(account, "Demo@2026")).as("the new hash still verifies").isTrue();
        assertThat(before.verify(account, "Demo@2026")).as("old settings read new hashes").isTrue();
    }

    // --- Lock reasons and the password lifecycle job ----------------------------------------------

    @Test
    void lockKeepsItsReasonUntilTheAccountIsActiveAgain() {
        province();
        OfficialAccount official = official("khoa@demo.gov.vn", "TINH");
        assertThat(directory.lockOf(official.id())).isEmpty();

        directory.lock(official.id(), LockReason.PASSWORD_EXPIRED);
        assertThat(directory.official(official.id()).status()).isEqualTo(AccountStatus.LOCKED);
        assertThat(directory.lockOf(official.id())).map(AccountLock::reason).hasValue(LockReason.PASSWORD_EXPIRED);
        directory.lock(official.id(), LockReason.ADMIN); // already locked: the first reason stays
        assertThat(directory.lockOf(official.id())).map(AccountLock::reason).hasValue(LockReason.PASSWORD_EXPIRED);

        directory.unlock(official.id());
        assertThat(directory.official(official.id()).status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(directory.lockOf(official.id())).isEmpty();
    }

    @Test
    void jobLeaseGoesToOneClaimantUntilReleasedAndExpiryNoticesAreRecordedOnce() {
        assertThat(jobLease.claim("password-lifecycle", Duration.ofMinutes(15))).isTrue();
        assertThat(jobLease.claim("password-lifecycle", Duration.ofMinutes(15))).isFalse();
        jobLease.release("password-lifecycle");
        assertThat(jobLease.claim("password-lifecycle", Duration.ofMinutes(15))).isTrue();

        UUID account = UUID.randomUUID();
        Instant changedAt = Instant.parse("2026-01-05T03:00:00.123456Z");
        Instant now = Instant.parse("2026-06-21T01:00:00Z");
        assertThat(lifecycle.claimExpiryNotice(account, changedAt, 14, now)).isTrue();
        assertThat(lifecycle.claimExpiryNotice(account, changedAt, 14, now)).isFalse();
        assertThat(lifecycle.claimExpiryNotice(account, changedAt, 7, now)).isTrue();

        lifecycle.grantGrace(account, now);
        lifecycle.grantGrace(account, now.plusSeconds(60));
        province();
        OfficialAccount official = official("macdinh@demo.gov.vn", "TINH");
        passwords.setDefaultPassword(official.id(), "Mac-dinh-2026!");
        assertThat(lifecycle.candidates(Instant.parse("2000-01-01T00:00:00Z")))
                .extracting(LifecycleStore.Candidate::accountId).containsExactly(official.id());
    }

    // --- AuditLog -------------------------------------------------------------------------------

    @Test
    void auditSearchFiltersByTypeOutcomeUsernameAndVietnameseCalendarDay() {
        AuditStore store = new AuditStore(jdbc);
        // 23:30 on 1 March and 00:30 on 2 March in Hà Nội time (UTC+7).
        var lateEvening = new AuditLog(store, Clock.fixed(Instant.parse("2026-03-01T16:30:00Z"), ZoneOffset.UTC));
        var afterMidnight = new AuditLog(store, Clock.fixed(Instant.parse("2026-03-01T17:30:00Z"), ZoneOffset.UTC));
        lateEvening.record(AuditEntry.success(LoginAuditType.LOGIN).account(null, "an@demo.gov.vn").client("10.0.0.1", "UA").build());
        afterMidnight.record(AuditEntry.failure(LoginAuditType.LOGIN, "BAD_PASSWORD").account(null, "a_n@demo.gov.vn")
                .client("10.0.0.2", "UA").build());
        afterMidnight.record(AuditEntry.success(PortalAuditType.APP_LAUNCH).account(null, "an@demo.gov.vn").client("10.0.0.1", "UA")
                .application("ecabinet").build());

        assertThat(audit.search(query(null, null, null, null, null))).extracting(AuditEvent::type)
                .as("newest first").containsExactly("APP_LAUNCH", "LOGIN", "LOGIN");
        assertThat(audit.search(query("LOGIN", "FAILURE", null, null, null)))
                .singleElement().satisfies(e -> {
                    assertThat(e.reason()).isEqualTo("BAD_PASSWORD");
                    assertThat(e.ip()).isEqualTo("10.0.0.2");
                    assertThat(e.occurredAt()).isEqualTo(Instant.parse("2026-03-01T17:30:00Z"));
                });
        assertThat(audit.search(query(null, null, "A_N", null, null))).extracting(AuditEvent::username)
                .containsExactly("a_n@demo.gov.vn");
        assertThat(audit.search(query(null, null, null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1))))
                .extracting(AuditEvent::type).containsExactly("LOGIN");
        assertThat(audit.search(query(null, null, null, LocalDate.of(2026, 3, 2), null)))
                .extracting(AuditEvent::type).containsExactly("APP_LAUNCH", "LOGIN");
        assertThat(audit.search(query(null, null, null, null, LocalDate.of(2026, 2, 28)))).isEmpty();
        assertThat(audit.search(new AuditQuery(null, null, null, null, null, 1))).hasSize(1);
    }

    @Test
    void auditCutsOverlongFieldsInsteadOfFailing() {
        audit.record(AuditEntry.failure(LoginAuditType.LOGIN, "USERNAME_TOO_LONG").account(null, "x".repeat(10_000))
                .client(null, "agent".repeat(200)).build());

        AuditEvent stored = audit.search(query("LOGIN", "FAILURE", null, null, null)).getFirst();
        assertThat(stored.username()).hasSize(256);
        assertThat(stored.userAgent()).hasSize(512);
    }

    // --- ApplicationCatalogue and AccessRules -----------------------------------------------

    @Test
    void accessRulesCoverUnitSubtreesRolesAndEveryoneAndDenyWithoutRule() {
        province();
        directory.createUnit(new UnitInput("SO", "Sở", UnitKind.DEPARTMENT, "TINH"));
        directory.createUnit(new UnitInput("TT", "Trung tâm", UnitKind.OFFICE, "SO"));
        directory.createUnit(new UnitInput("HUYEN", "Huyện", UnitKind.DISTRICT, "TINH"));
        OfficialAccount inOffice = directory.createOfficial(new OfficialInput(
                "cv@demo.gov.vn", "Chuyên viên", null, "TT", List.of("CHUYEN_VIEN")));
        OfficialAccount leader = directory.createOfficial(new OfficialInput(
                "ld@demo.gov.vn", "Lãnh đạo", null, "HUYEN", List.of("LANH_DAO")));
        app("for-so", "unit:SO");
        app("for-leaders", "role:LANH_DAO");
        app("for-everyone", "*");
        app("for-so-leaders", "unit:SO role:LANH_DAO");
        app("no-rule");
        assertThat(entry.tiles(new Account.Official(inOffice))).extracting(Application::code)
                .containsExactlyInAnyOrder("for-so", "for-everyone");
        assertThat(entry.tiles(new Account.Official(leader))).extracting(Application::code)
                .containsExactlyInAnyOrder("for-leaders", "for-everyone");
        assertThat(entry.decide(new Account.Official(leader), "no-rule"))
                .isEqualTo(new Entry.Refused("no-rule", "no-rule", RefusalReason.NOT_ALLOWED, null));
        assertThat(entry.decide(new Account.Official(leader), "not-an-app"))
                .isEqualTo(new Entry.Refused("not-an-app", null, RefusalReason.NO_APPLICATION, null));
        assertThat(access.rules("for-so-leaders")).containsExactly(new AppAccessRule("SO", "LANH_DAO"));

        OfficialAccount locked = directory.setStatus(leader.id(), AccountStatus.LOCKED);
        assertThat(entry.tiles(new Account.Official(locked))).as("a locked account opens nothing").isEmpty();
        assertThat(entry.decide(new Account.Official(locked), "for-everyone"))
                .isEqualTo(new Entry.Refused("for-everyone", "for-everyone", RefusalReason.ACCOUNT_LOCKED, null));
    }

    @Test
    void catalogueStoresApplicationsInOrderAndRefusesScriptUrlsAndUnknownUnits() {
        province();
        catalogue.create(new ApplicationInput("Mail", "Thư điện tử", "Hộp thư", "mail", "https://mail.demo.gov.vn/", 20));
        catalogue.create(new ApplicationInput("cabinet", "Phòng họp", "", "MEETING", "https://cabinet.demo.gov.vn/sso?x=1", 10));
        catalogue.setEnabled("cabinet", false);

        assertThat(catalogue.all()).extracting(Application::code).containsExactly("cabinet", "mail");
        assertThat(catalogue.enabled()).extracting(Application::code).containsExactly("mail");
        assertThat(catalogue.application("MAIL").launchUrl()).hasToString("https://mail.demo.gov.vn/");
        assertThatThrownBy(() -> catalogue.create(new ApplicationInput(
                "evil", "Evil", "", null, "javascript:alert(1)", 0)))
                .isInstanceOf(InvalidInputException.class).hasMessage("application.launch-url.invalid");
        assertThatThrownBy(() -> access.replaceRules("mail", List.of(AppAccessRule.parse("unit:KHONG_CO"))))
                .isInstanceOf(InvalidInputException.class).hasMessage("unit.unknown");
        assertThat(access.rules("mail")).isEmpty();
    }

    // --- helpers --------------------------------------------------------------------------------

    private void province() {
        directory.createUnit(new UnitInput("TINH", "UBND Tỉnh", UnitKind.PROVINCE, null));
    }

    private OfficialAccount official(String email, String unit) {
        return directory.createOfficial(new OfficialInput(email, "Cán bộ", null, unit, List.of()));
    }

    private void app(String code, String... rules) {
        catalogue.create(new ApplicationInput(code, code, "", null, "https://" + code + ".demo.gov.vn/", 0));
        access.replaceRules(code, Set.of(rules).stream().map(AppAccessRule::parse).toList());
    }

    private List<String> search(String text) {
        return directory.officials(new OfficialQuery(text, null, null, 50, 0)).stream()
                .map(o -> o.email().value()).toList();
    }

    private String storedHash(UUID account) {
        return jdbc.sql("SELECT hash FROM credential_password WHERE account_id = ?").param(account)
                .query(String.class).single();
    }

    private static AuditQuery query(String type, String outcome, String username, LocalDate from, LocalDate to) {
        return new AuditQuery(type, outcome, username, from, to, 100);
    }

}
