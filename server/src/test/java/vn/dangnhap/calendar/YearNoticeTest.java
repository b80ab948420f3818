package vn.dangnhap.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;
import vn.dangnhap.calendar.internal.CalendarProperties;
import vn.dangnhap.shared.InvalidInputException;

class YearNoticeTest {

    @Test
    void bindsNoticesFromConfigurationProperties() {
        Map<String, String> properties = Map.of(
                "dangnhap.calendar.notices[0].year", "2025",
                "dangnhap.calendar.notices[0].days-off", "2025-01-27,2025-01-25,2025-01-26",
                "dangnhap.calendar.notices[0].working-saturdays", "2025-02-08",
                "dangnhap.calendar.notices[0].reference", "Thông báo nghỉ Tết 2025");
        Binder binder = new Binder(List.of(new MapConfigurationPropertySource(properties)), null,
                ApplicationConversionService.getSharedInstance());

        CalendarProperties bound = binder.bindOrCreate("dangnhap.calendar", CalendarProperties.class);

        assertThat(bound.notices()).containsExactly(new YearNotice(2025,
                List.of(LocalDate.of(2025, 1, 25), LocalDate.of(2025, 1, 26), LocalDate.of(2025, 1, 27)),
                List.of(LocalDate.of(2025, 2, 8)), "Thông báo nghỉ Tết 2025"));
    }

    @Test
    void noNoticesConfiguredMeansAnEmptyList() {
        Binder binder = new Binder(List.of(new MapConfigurationPropertySource(Map.of())), null,
                ApplicationConversionService.getSharedInstance());
        assertThat(binder.bindOrCreate("dangnhap.calendar", CalendarProperties.class).notices()).isEmpty();
    }

    @Test
    void refusesAMakeUpWorkingDayThatIsNotAWeekendDay() {
        assertThatThrownBy(() -> new YearNotice(2025, List.of(), List.of(LocalDate.of(2025, 2, 7)), "x"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("calendar.notice.not-weekend"));
    }

    @Test
    void refusesDaysOutsideTheNoticeYearAndAMissingReference() {
        assertThatThrownBy(() -> new YearNotice(2025, List.of(LocalDate.of(2026, 1, 1)), List.of(), "x"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("calendar.notice.other-year"));
        assertThatThrownBy(() -> new YearNotice(2025, List.of(), List.of(), " "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("reference"));
    }
}
