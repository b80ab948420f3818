package vn.dangnhap.calendar.internal;

import static java.lang.Math.sin;
import static java.lang.Math.toRadians;

/**
 * The Sun's apparent geocentric longitude, after Meeus, <i>Astronomical Algorithms</i> (2nd ed.),
 * ch. 25 (the method "of low accuracy", good to about 0.01°, i.e. a quarter of an hour in the
 * time a solar term is reached). The 24 solar terms are the multiples of 15°; the twelve
 * principal terms (trung khí) that number the lunar months are the multiples of 30°, the winter
 * solstice (Đông chí) being 270°.
 */
public final class SunLongitude {

    private SunLongitude() {}

    /** Apparent longitude in degrees, in [0, 360), at the given Julian Ephemeris Day (TT). */
    public static double apparentAt(double jde) {
        double t = (jde - 2451545.0) / 36525; // Julian centuries from J2000.0 (eq. 25.1)
        double meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t; // eq. 25.2
        double meanAnomaly = toRadians(357.52911 + 35999.05029 * t - 0.0001537 * t * t); // eq. 25.3
        double centre = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin(meanAnomaly)
                + (0.019993 - 0.000101 * t) * sin(2 * meanAnomaly)
                + 0.000289 * sin(3 * meanAnomaly);
        double trueLongitude = meanLongitude + centre;
        // Nutation and aberration (p. 164): Ω is the longitude of the Moon's ascending node.
        double ascendingNode = toRadians(125.04 - 1934.136 * t);
        double apparent = trueLongitude - 0.00569 - 0.00478 * sin(ascendingNode);
        return normalised(apparent);
    }

    /** Index 0..11 of the 30° sector holding the given longitude: a principal term starts each sector. */
    public static int principalSector(double longitude) {
        return (int) Math.floor(normalised(longitude) / 30);
    }

    private static double normalised(double degrees) {
        double reduced = degrees % 360;
        return reduced < 0 ? reduced + 360 : reduced;
    }
}
