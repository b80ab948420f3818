package vn.dangnhap.calendar;

import vn.dangnhap.shared.cache.ClusterCaches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangnhap.calendar.Holiday.Kind;
import vn.dangnhap.calendar.internal.CalendarProperties;
import vn.dangnhap.calendar.internal.YearNoticeStore;

/** The calendar over a real (in-memory H2, PostgreSQL mode) database migrated by Flyway; no Spring context. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkingDayCalendarTest {

    /** Official notice for Tết 2025: Saturday 25 January to Sunday 2 February off, Saturday 8 February worked. */
    static final YearNotice TET_2025 = new YearNotice(2025,
            LocalDate.of(2025, 1, 25).datesUntil(LocalDate.of(2025, 2, 3)).toList(),
            List.of(LocalDate.of(2025, 2, 8)), "Thông báo nghỉ Tết Ất Tỵ 2025");

    private JdbcClient jdbc;
    private YearNotices notices;
    private WorkingDayCalendar calendar;

    @BeforeAll
    void migrateDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:calendar;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
    }

    @BeforeEach
    void emptyNoticesAndFreshCalendar() {
        jdbc.sql("DELETE FROM calendar_year_notice").update();
        calendarWith(List.of());
    }

    private void calendarWith(List<YearNotice> configured) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-21T18:30:00Z"), ZoneOffset.UTC);
        notices = new YearNotices(new YearNoticeStore(jdbc), new CalendarProperties(configured),
                event -> calendar.forget((YearNoticeSaved) event));
        calendar = new WorkingDayCalendar(clock, new LunarCalendar(), notices, new ClusterCaches());
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void defaultTetIsTheLastDayOfTheLunarYearAndTheFirstFourDaysOfTheNewOne() {
        // Tết Bính Ngọ 2026 is Tuesday 17 February; lunar 29/12 is Monday 16 February.
        assertThat(calendar.holidaysOf(2026)).filteredOn(h -> h.kind() == Kind.TET)
                .extracting(Holiday::date)
                .containsExactly(day("2026-02-16"), day("2026-02-17"), day("2026-02-18"), day("2026-02-19"),
                        day("2026-02-20"));
        assertThat(calendar.isWorkingDay(day("2026-02-13"))).isTrue();
        assertThat(calendar.isWorkingDay(day("2026-02-16"))).isFalse();
        assertThat(calendar.isWorkingDay(day("2026-02-23"))).isTrue();
    }

    @Test
    void yearHolidaysFollowLabourCodeArticle112() {
        assertThat(calendar.holidaysOf(2026)).extracting(Holiday::date, Holiday::kind).contains(
                tuple(day("2026-01-01"), Kind.NEW_YEAR),
                tuple(day("2026-04-26"), Kind.HUNG_KINGS),
                tuple(day("2026-04-30"), Kind.REUNIFICATION_DAY),
                tuple(day("2026-05-01"), Kind.LABOUR_DAY),
                tuple(day("2026-09-01"), Kind.NATIONAL_DAY_ADJACENT),
                tuple(day("2026-09-02"), Kind.NATIONAL_DAY),
                tuple(day("2026-11-24"), Kind.CULTURE_DAY));
        // Hùng Kings' day fell on Sunday 26 April 2026: taken on Monday 27 April.
        assertThat(calendar.holidaysOf(2026)).contains(new Holiday(day("2026-04-27"), Kind.COMPENSATORY));
    }

    @Test
    void twoWeekendHolidaysAreTakenOnTheNextTwoWorkingDays() {
        // 30 April 2022 was a Saturday, 1 May a Sunday.
        assertThat(calendar.holidaysOf(2022)).filteredOn(h -> h.kind() == Kind.COMPENSATORY)
                .extracting(Holiday::date)
                .contains(day("2022-05-02"), day("2022-05-03"));
        assertThat(calendar.isWorkingDay(day("2022-05-04"))).isTrue();
    }

    @Test
    void compensatoryDaysSkipHolidaysThatAreAlreadyOff() {
        // 2023: Hùng Kings Saturday 29 April, 30 April Sunday, 1 May Monday → off 2 and 3 May too.
        assertThat(calendar.holidaysOf(2023)).filteredOn(h -> h.date().getMonthValue() >= 4 && h.date().getMonthValue() <= 5)
                .extracting(Holiday::date, Holiday::kind)
                .containsExactly(
                        tuple(day("2023-04-29"), Kind.HUNG_KINGS),
                        tuple(day("2023-04-30"), Kind.REUNIFICATION_DAY),
                        tuple(day("2023-05-01"), Kind.LABOUR_DAY),
                        tuple(day("2023-05-02"), Kind.COMPENSATORY),
                        tuple(day("2023-05-03"), Kind.COMPENSATORY));
    }

    @Test
    void nationalDayOnSaturdayMovesToMonday() {
        // 2 September 2023 was a Saturday; 1 September (Friday) is the default adjacent day.
        assertThat(calendar.isWorkingDay(day("2023-09-01"))).isFalse();
        assertThat(calendar.isWorkingDay(day("2023-09-04"))).isFalse();
        assertThat(calendar.isWorkingDay(day("2023-09-05"))).isTrue();
        assertThat(calendar.holidaysOf(2023)).contains(new Holiday(day("2023-09-04"), Kind.COMPENSATORY));
    }

    @Test
    void cultureDayIsOffOnlyFromJuly2026AndIsNotMovedFromASaturday() {
        assertThat(calendar.isWorkingDay(day("2025-11-24"))).isTrue();
        assertThat(calendar.holidaysOf(2025)).extracting(Holiday::date).doesNotContain(day("2025-11-24"));
        assertThat(calendar.isWorkingDay(day("2026-11-24"))).isFalse();
        // 24 November 2029 is a Saturday: the following Monday stays a working day.
        assertThat(calendar.holidaysOf(2029)).contains(new Holiday(day("2029-11-24"), Kind.CULTURE_DAY));
        assertThat(calendar.isWorkingDay(day("2029-11-26"))).isTrue();
        assertThat(calendar.holidaysOf(2029)).filteredOn(h -> h.date().getMonthValue() == 11).hasSize(1);
    }

    @Test
    void defaultTet2025OnSaturdayIsCompensatedOnMonday() {
        // Without a notice: lunar 29/12 Tuesday 28 January to lunar 4/1 Saturday 1 February, then Monday 3 February.
        assertThat(calendar.isWorkingDay(day("2025-01-27"))).isTrue();
        assertThat(calendar.isWorkingDay(day("2025-01-28"))).isFalse();
        assertThat(calendar.isWorkingDay(day("2025-02-03"))).isFalse();
        assertThat(calendar.addWorkingDays(day("2025-01-24"), 1)).isEqualTo(day("2025-01-27"));
    }

    @Test
    void officialNoticeReplacesTheComputedTetAndMakesTheMakeUpSaturdayAWorkingDay() {
        notices.save(TET_2025);

        assertThat(calendar.isWorkingDay(day("2025-01-27"))).isFalse();
        assertThat(calendar.isWorkingDay(day("2025-02-03"))).isTrue();
        assertThat(calendar.isWorkingDay(day("2025-02-08"))).isTrue();
        assertThat(calendar.holidaysOf(2025)).extracting(Holiday::kind).doesNotContain(Kind.TET,
                Kind.NATIONAL_DAY_ADJACENT);
        assertThat(calendar.workingWeekendDaysOf(2025)).containsExactly(day("2025-02-08"));
        // A document issued on Friday 24 January 2025, due in 3 working days.
        assertThat(calendar.addWorkingDays(day("2025-01-24"), 1)).isEqualTo(day("2025-02-03"));
        assertThat(calendar.addWorkingDays(day("2025-01-24"), 3)).isEqualTo(day("2025-02-05"));
        assertThat(calendar.addWorkingDays(day("2025-02-07"), 1)).isEqualTo(day("2025-02-08"));
    }

    @Test
    void databaseNoticeWinsOverConfigurationAndRemovingItRestoresConfiguration() {
        YearNotice configured = new YearNotice(2025, List.of(day("2025-01-27")), List.of(), "from configuration");
        calendarWith(List.of(configured));
        assertThat(calendar.isWorkingDay(day("2025-01-27"))).isFalse();
        assertThat(calendar.isWorkingDay(day("2025-01-28"))).isTrue(); // the notice replaced default Tết

        notices.save(TET_2025);
        assertThat(notices.forYear(2025)).contains(TET_2025);
        assertThat(notices.all()).containsExactly(TET_2025);
        assertThat(calendar.isWorkingDay(day("2025-01-28"))).isFalse();

        notices.remove(2025);
        assertThat(notices.forYear(2025)).contains(configured);
        assertThat(calendar.isWorkingDay(day("2025-01-28"))).isTrue();
    }

    @Test
    void savingANoticeAgainReplacesTheDaysOfTheFirst() {
        notices.save(TET_2025);
        YearNotice corrected = new YearNotice(2025, List.of(day("2025-01-28")), List.of(), "corrected");
        notices.save(corrected);
        assertThat(notices.forYear(2025)).contains(corrected);
        assertThat(calendar.isWorkingDay(day("2025-01-27"))).isTrue();
        assertThat(calendar.isWorkingDay(day("2025-02-08"))).isFalse();
    }

    @Test
    void addingZeroWorkingDaysGivesTheDayItselfOrTheNextWorkingDay() {
        assertThat(calendar.addWorkingDays(day("2026-02-13"), 0)).isEqualTo(day("2026-02-13"));
        assertThat(calendar.addWorkingDays(day("2026-02-14"), 0)).isEqualTo(day("2026-02-23"));
        assertThat(calendar.addWorkingDays(day("2026-02-23"), -1)).isEqualTo(day("2026-02-13"));
    }

    @Test
    void workingDaysBetweenCountsDaysAfterTheFirstUpToAndIncludingTheLast() {
        // Friday 13 February 2026 → Friday 27 February: Tết week off, then 23–27 February.
        assertThat(calendar.workingDaysBetween(day("2026-02-13"), day("2026-02-27"))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(day("2026-02-27"), day("2026-02-13"))).isEqualTo(-5);
        assertThat(calendar.workingDaysBetween(day("2026-03-02"), day("2026-03-02"))).isZero();
        LocalDate due = calendar.addWorkingDays(day("2026-02-12"), 3);
        assertThat(due).isEqualTo(day("2026-02-24"));
        assertThat(calendar.workingDaysBetween(day("2026-02-12"), due)).isEqualTo(3);
    }

    @Test
    void todayIsTheDateInVietnam() {
        // 18:30 UTC on 21 November 2026 is already 01:30 on 22 November in Hà Nội.
        assertThat(calendar.today()).isEqualTo(day("2026-11-22"));
    }
}
