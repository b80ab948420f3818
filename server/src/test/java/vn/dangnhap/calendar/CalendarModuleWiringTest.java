package vn.dangnhap.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import vn.dangnhap.calendar.internal.CalendarProperties;
import vn.dangnhap.shared.BusinessTime;
import vn.dangnhap.shared.cache.ClusterCaches;

/**
 * The one Spring context test of the module, kept small: only the calendar's beans, a DataSource
 * and Flyway. Checks what plain tests cannot: configuration binding from properties, and that a
 * notice saved in a transaction makes the cached year be computed again after commit.
 */
class CalendarModuleWiringTest {

    /** The calendar's domain beans; its console pages, admin API and configuration section need the web and admin shells. */
    @Configuration
    @ComponentScan(basePackageClasses = WorkingDayCalendar.class, excludeFilters = @ComponentScan.Filter(
            type = FilterType.REGEX, pattern = "vn\\.dangnhap\\.calendar\\.internal\\.Calendar(Administration|Api|Pages|NoticeSection|AdminMenu)"))
    @EnableConfigurationProperties(CalendarProperties.class)
    static class CalendarOnly {
        @Bean
        Clock clock() {
            return Clock.system(BusinessTime.ZONE);
        }

        /** One node: the cluster's invalidation messages are not part of this test. */
        @Bean
        ClusterCaches clusterCaches() {
            return new ClusterCaches();
        }
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
                    JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class,
                    FlywayAutoConfiguration.class))
            .withUserConfiguration(CalendarOnly.class)
            .withPropertyValues(
                    "spring.datasource.url=jdbc:h2:mem:calendar-wiring;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                    "dangnhap.calendar.notices[0].year=2024",
                    "dangnhap.calendar.notices[0].days-off=2024-02-08,2024-02-09,2024-02-12,2024-02-13,2024-02-14",
                    "dangnhap.calendar.notices[0].reference=Thông báo nghỉ Tết Giáp Thìn 2024");

    @Test
    void configuredNoticeAppliesAndASavedNoticeTakesEffectAfterCommit() {
        context.run(app -> {
            WorkingDayCalendar calendar = app.getBean(WorkingDayCalendar.class);
            assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 8))).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 27))).isTrue();

            app.getBean(YearNotices.class).save(WorkingDayCalendarTest.TET_2025);

            assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 27))).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 8))).isTrue();
        });
    }
}
