package vn.dangnhap.credential;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dangnhap.calendar.WorkingDayCalendar;
import vn.dangnhap.credential.internal.PasswordLifecycleJob;
import vn.dangnhap.directory.AccountLock;
import vn.dangnhap.directory.AccountStatus;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.LockReason;
import vn.dangnhap.directory.OfficialAccount;
import vn.dangnhap.directory.OfficialInput;
import vn.dangnhap.directory.UnitInput;
import vn.dangnhap.directory.UnitKind;
import vn.dangnhap.testsupport.MutableClock;

/**
 * The time-based password rules as the scheduled job applies them, on a clock the test moves, with
 * the notices delivered to GreenMail as a real SMTP server.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:password-lifecycle;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "dangnhap.password.lifecycle.cron=-",
        "dangnhap.notices.from=dangnhap@demo.gov.vn",
        "spring.mail.host=127.0.0.1"})
@Import(MutableClock.Config.class)
class PasswordLifecycleJobTest {

    /** A free port rather than 3025: other builds on the same machine may run GreenMail too. */
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @Autowired MutableClock clock;
    @Autowired PasswordLifecycleJob job;
    @Autowired Directory directory;
    @Autowired PasswordCredentials passwords;
    @Autowired WorkingDayCalendar calendar;

    @BeforeEach
    void unit() {
        if (directory.findUnit("LIFECYCLE").isEmpty()) {
            String parent = directory.units().isEmpty() ? null : directory.units().getFirst().code();
            directory.createUnit(new UnitInput("LIFECYCLE", "Sở Thử nghiệm", parent == null ? UnitKind.PROVINCE : UnitKind.DEPARTMENT, parent));
        }
    }

    @Test
    void locksAccountWhenDefaultPasswordIssuedBeforeTetIsUnchangedAfterThreeWorkingDays() throws Exception {
        // Friday 13 February 2026; Tết Bính Ngọ is 17 February, Monday 16 to Friday 20 are off.
        at("2026-02-13T16:00:00+07:00");
        OfficialAccount official = official();
        passwords.setDefaultPassword(official.id(), "Mac-dinh-2026!");
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 3)).isEqualTo(LocalDate.of(2026, 2, 25));

        MimeMessage reset = only(official, "đã được đặt lại");
        assertThat(body(reset)).contains("Quản trị viên đã đặt lại mật khẩu", "An administrator reset the password")
                .doesNotContain("Mac-dinh-2026!");

        at("2026-02-23T09:00:00+07:00"); // the first working day after Tết
        job.run();
        at("2026-02-25T23:30:00+07:00"); // the third working day, still going
        job.run();
        assertThat(directory.official(official.id()).status()).isEqualTo(AccountStatus.ACTIVE);

        at("2026-02-26T00:30:00+07:00"); // it has ended
        job.run();
        assertThat(directory.official(official.id()).status()).isEqualTo(AccountStatus.LOCKED);
        assertThat(directory.lockOf(official.id())).map(AccountLock::reason).hasValue(LockReason.DEFAULT_PASSWORD_NOT_CHANGED);
        MimeMessage locked = only(official, "đã bị khóa");
        assertThat(locked.getSubject()).contains("/ Account " + official.email().value() + " is locked");
        assertThat(body(locked)).contains("Tài khoản bị khóa vì mật khẩu mặc định không được đổi trong 3 ngày làm việc.",
                "The account is locked because the default password was not changed within 3 working days.");

        // An admin's unlock gives a fresh grace period rather than a lock at the next run.
        directory.unlock(official.id());
        at("2026-02-26T09:00:00+07:00");
        job.run();
        assertThat(directory.official(official.id()).status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(directory.lockOf(official.id())).isEmpty();
    }

    @Test
    void locksDefaultPasswordIssuedBeforeReunificationAndLabourDayOnlyAfterTheThirdWorkingDay() {
        // Friday 24 April 2026; Hùng Kings (Sunday 26) is taken on Monday 27, 30 April and 1 May are off.
        at("2026-04-24T10:00:00+07:00");
        OfficialAccount official = official();
        passwords.setDefaultPassword(official.id(), "Mac-dinh-2026!");

        at("2026-05-04T22:00:00+07:00"); // Monday: the third working day (28, 29 April, 4 May)
        job.run();
        assertThat(directory.official(official.id()).status()).isEqualTo(AccountStatus.ACTIVE);

        at("2026-05-05T06:00:00+07:00");
        job.run();
        assertThat(directory.lockOf(official.id())).map(AccountLock::reason).hasValue(LockReason.DEFAULT_PASSWORD_NOT_CHANGED);
    }

    @Test
    void locksAccountWhenPasswordIsOlderThanSixMonths() throws Exception {
        at("2026-03-10T09:00:00+07:00");
        OfficialAccount official = official();
        passwords.setPassword(official.id(), "Mat-khau-rieng-1!");

        at("2026-09-10T08:59:00+07:00");
        job.run();
        assertThat(directory.official(official.id()).status()).isEqualTo(AccountStatus.ACTIVE);

        at("2026-09-10T09:01:00+07:00");
        job.run();
        assertThat(directory.official(official.id()).status()).isEqualTo(AccountStatus.LOCKED);
        assertThat(directory.lockOf(official.id())).map(AccountLock::reason).hasValue(LockReason.PASSWORD_EXPIRED);
        assertThat(body(only(official, "đã bị khóa"))).contains("mật khẩu đã quá thời hạn sử dụng");
    }

    @Test
    void warnsByEmailFromFourteenDaysBeforeExpiryOncePerThreshold() throws Exception {
        at("2026-01-05T10:00:00+07:00");
        OfficialAccount official = official();
        passwords.setPassword(official.id(), "Mat-khau-rieng-2!"); // expires 5 July 2026

        at("2026-06-20T10:00:00+07:00"); // 15 days left
        job.run();
        assertThat(mailsTo(official)).isEmpty();

        at("2026-06-21T08:00:00+07:00"); // 14 days left
        job.run();
        job.run();
        at("2026-06-25T08:00:00+07:00"); // 10 days left: still the 14-day warning, already sent
        job.run();
        MimeMessage warning = only(official, "sẽ hết hạn");
        assertThat(warning.getSubject()).contains("sẽ hết hạn sau 14 ngày", "expires in 14 days");
        assertThat(body(warning)).contains("05/07/2026", "còn 14 ngày", "14 days left");

        at("2026-06-28T08:00:00+07:00"); // 7 days left
        job.run();
        job.run();
        assertThat(mailsTo(official)).hasSize(2);
        assertThat(mailsTo(official).get(1).getSubject()).contains("sau 7 ngày");
        assertThat(directory.official(official.id()).status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void twoNodesRunningTheJobAtOnceLockAndNotifyOnce() throws Exception {
        at("2026-03-02T08:00:00+07:00");
        OfficialAccount unchanged = official();
        passwords.setDefaultPassword(unchanged.id(), "Mac-dinh-2026!");
        at("2025-10-01T08:00:00+07:00");
        OfficialAccount expiring = official();
        passwords.setPassword(expiring.id(), "Mat-khau-rieng-3!"); // expires 1 April 2026

        at("2026-03-20T08:00:00+07:00");
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService nodes = Executors.newFixedThreadPool(2)) {
            List<Future<?>> runs = List.of(
                    nodes.submit(() -> { start.await(); job.run(); return null; }),
                    nodes.submit(() -> { start.await(); job.run(); return null; }));
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        }
        job.run();

        assertThat(directory.official(unchanged.id()).status()).isEqualTo(AccountStatus.LOCKED);
        assertThat(mailsTo(unchanged)).extracting(MimeMessage::getSubject)
                .filteredOn(s -> s.contains("đã bị khóa")).hasSize(1);
        assertThat(mailsTo(expiring)).extracting(MimeMessage::getSubject).singleElement()
                .asString().contains("sau 12 ngày");
    }

    private void at(String time) {
        clock.moveTo(OffsetDateTime.parse(time).toInstant());
    }

    private OfficialAccount official() {
        String local = "cb" + UUID.randomUUID().toString().substring(0, 8);
        return directory.createOfficial(new OfficialInput(local + "@demo.gov.vn", "Nguyễn Văn Thử", null, "LIFECYCLE", Set.of()));
    }

    private static List<MimeMessage> mailsTo(OfficialAccount official) throws Exception {
        String address = official.email().value();
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                Address[] to = m.getAllRecipients();
                return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The one e-mail to the official whose subject contains the text. */
    private static MimeMessage only(OfficialAccount official, String subjectText) throws Exception {
        List<MimeMessage> found = mailsTo(official).stream().filter(m -> {
            try {
                return m.getSubject().contains(subjectText);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(found).hasSize(1);
        MimeMessage message = found.getFirst();
        assertThat(message.getFrom()[0].toString()).isEqualTo("dangnhap@demo.gov.vn");
        return message;
    }

    private static String body(MimeMessage message) throws Exception {
        return message.getContent().toString();
    }
}
