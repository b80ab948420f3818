package vn.dangnhap.citizen;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.dangnhap.shared.AdministratorSettings;

/**
 * {@code dangnhap.citizen.*} as the clean-up reads it.
 *
 * @param passwordCutoff {@code dangnhap.citizen.password-cutoff}: the first day (Vietnamese calendar) on which
 *                       legacy citizen passwords no longer sign in, and from which unverified legacy accounts may
 *                       be disabled in bulk; {@code none} (or empty) switches the cut-off off. Decree 59/2022
 *                       art. 40: portal accounts end 2024-07-01
 */
@ConfigurationProperties("dangnhap.citizen")
@AdministratorSettings(order = 80, keys = @AdministratorSettings.Key(property = "password-cutoff", key = "citizenPasswordCutoff"))
public record CitizenSettings(@DefaultValue("2024-07-01") String passwordCutoff) {

    public CitizenSettings {
        cutoff(passwordCutoff);
    }

    /** The cut-off day, or empty when the rule is off. */
    public Optional<LocalDate> cutoffDay() {
        return cutoff(passwordCutoff);
    }

    private static Optional<LocalDate> cutoff(String value) {
        String text = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty() || text.equals("none") || text.equals("off")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("dangnhap.citizen.password-cutoff: \"" + value
                    + "\" is not a date written YYYY-MM-DD, or none");
        }
    }
}
