package vn.dangnhap.citizen;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.dangnhap.shared.BusinessTime;

/**
 * The day legacy citizen passwords stop signing in ({@code dangnhap.citizen.password-cutoff}).
 * Decree 59/2022 art. 40: accounts of the public-service portals could be used until 2024-07-01;
 * afterwards citizens sign in with their national e-ID (VNeID). From the start of the cut-off day
 * (Asia/Ho_Chi_Minh) a right password is refused. {@code none} switches the rule off.
 */
@Component
public class PasswordCutoff {

    private final Optional<LocalDate> day;
    private final Clock clock;

    public PasswordCutoff(CitizenSettings settings, Clock clock) {
        this.day = settings.cutoffDay();
        this.clock = clock;
    }

    /** The cut-off day, or empty when the rule is off. */
    public Optional<LocalDate> day() {
        return day;
    }

    /** True when a citizen password login must be refused now. */
    public boolean passed() {
        return day.isPresent() && !clock.instant().atZone(BusinessTime.ZONE).toLocalDate().isBefore(day.get());
    }
}
