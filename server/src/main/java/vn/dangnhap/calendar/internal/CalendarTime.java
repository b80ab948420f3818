package vn.dangnhap.calendar.internal;

import java.time.LocalDate;

/**
 * Time scales the lunar calendar needs: Julian days, Terrestrial Time (in which Meeus'
 * formulas are written) and the fixed UTC+7 the Vietnamese calendar is reckoned in.
 *
 * <p>The Vietnamese calendar has been computed for UTC+7 since 1968 (the Chinese one for UTC+8,
 * which is why the two differ in some years, e.g. Tết 1985 and 2007). This is a fixed offset, not
 * the civil zone {@code Asia/Ho_Chi_Minh}, whose history holds UTC+8 periods.
 */
public final class CalendarTime {

    /** The calendar's offset from UT, in days. */
    private static final double OFFSET_DAYS = 7.0 / 24;

    /** Julian day of 1970-01-01 00:00 UT, the epoch of {@link LocalDate#toEpochDay()}. */
    private static final double UNIX_EPOCH_JULIAN_DAY = 2440587.5;

    private CalendarTime() {}

    /** The UTC+7 calendar day on which a moment given as a Julian Ephemeris Day (TT) falls. */
    public static LocalDate localDayOf(double jde) {
        double universal = jde - deltaT(jde) / 86400;
        return LocalDate.ofEpochDay((long) Math.floor(universal + OFFSET_DAYS - UNIX_EPOCH_JULIAN_DAY));
    }

    /** Julian Ephemeris Day (TT) of 00:00 UTC+7 starting the given day. */
    public static double startOf(LocalDate day) {
        double universal = day.toEpochDay() + UNIX_EPOCH_JULIAN_DAY - OFFSET_DAYS;
        return universal + deltaT(universal) / 86400;
    }

    /** Julian day of 00:00 UT of the given date. */
    public static double julianDayOf(LocalDate day) {
        return day.toEpochDay() + UNIX_EPOCH_JULIAN_DAY;
    }

    /**
     * ΔT = TT − UT in seconds: the polynomial fits of Espenak and Meeus (NASA, 2006) for
     * 1900–2150, their long-term parabola outside. About a minute nowadays; it moves a new moon
     * across local midnight only when the moon falls within that minute.
     */
    static double deltaT(double julianDay) {
        double y = 2000 + (julianDay - 2451544.5) / 365.2425;
        if (y < 1900 || y >= 2150) {
            double u = (y - 1820) / 100;
            return -20 + 32 * u * u;
        }
        if (y < 1920) {
            double t = y - 1900;
            return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * t * t * t * t;
        }
        if (y < 1941) {
            double t = y - 1920;
            return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
        }
        if (y < 1961) {
            double t = y - 1950;
            return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
        }
        if (y < 1986) {
            double t = y - 1975;
            return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
        }
        if (y < 2005) {
            double t = y - 2000;
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * t * t * t * t
                    + 0.00002373599 * t * t * t * t * t;
        }
        if (y < 2050) {
            double t = y - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        double u = (y - 1820) / 100;
        return -20 + 32 * u * u - 0.5628 * (2150 - y);
    }
}
