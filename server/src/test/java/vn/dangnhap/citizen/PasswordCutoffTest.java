package vn.dangnhap.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import vn.dangnhap.testsupport.MutableClock;

class PasswordCutoffTest {

    final MutableClock clock = new MutableClock(ZoneId.of("UTC"));

    PasswordCutoff cutoff(String value) {
        return new PasswordCutoff(new CitizenSettings(value), clock);
    }

    @Test
    void refusesFromMidnightOfTheCutoffDayInVietnamTime() {
        PasswordCutoff decree = cutoff("2024-07-01");
        ZoneId vietnam = ZoneId.of("Asia/Ho_Chi_Minh");
        clock.moveTo(ZonedDateTime.of(2024, 6, 30, 23, 58, 0, 0, vietnam).toInstant());
        assertThat(decree.passed()).isFalse();
        // 2024-06-30T17:00Z is already 1 July in Hà Nội (UTC+7), though not yet in UTC.
        clock.moveTo(ZonedDateTime.of(2024, 7, 1, 0, 0, 30, 0, vietnam).toInstant());
        assertThat(decree.passed()).isTrue();
        assertThat(decree.day()).contains(LocalDate.of(2024, 7, 1));
    }

    @Test
    void noneOrEmptySwitchesTheRuleOffAndNonsenseIsRefusedAtStart() {
        assertThat(cutoff("none").passed()).isFalse();
        assertThat(cutoff("").day()).isEmpty();
        assertThatThrownBy(() -> cutoff("1/7/2024")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dangnhap.citizen.password-cutoff");
    }
}
