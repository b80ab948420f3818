package vn.dangnhap.calendar.internal;

import static java.lang.Math.sin;
import static java.lang.Math.toRadians;

/**
 * Instants of the true new moon, after Meeus, <i>Astronomical Algorithms</i> (2nd ed.), ch. 49:
 * the mean new moon (eq. 49.1) corrected by the periodic terms of the new-moon table and the
 * fourteen planetary arguments A1–A14. Meeus gives the error against the ELP-2000/82 theory as
 * a few seconds for 1700–2300, far below what deciding a calendar day needs except for the
 * very rare new moon within a minute of local midnight.
 *
 * <p>A new moon is identified by its lunation number {@code k}: 0 for the new moon of
 * 6 January 2000, negative before it.
 */
public final class NewMoons {

    /** Mean length of the synodic month in days (Meeus eq. 49.1). */
    public static final double MEAN_SYNODIC_MONTH = 29.530588861;

    /** JDE of the mean new moon k = 0 (2000-01-06). */
    private static final double MEAN_NEW_MOON_EPOCH = 2451550.09766;

    /** Coefficients of the planetary arguments A1..A14 (Meeus p. 352): constant, per-k rate, amplitude. */
    private static final double[][] PLANETARY = {
            {299.77, 0.107408, 0.000325}, {251.88, 0.016321, 0.000165}, {251.83, 26.651886, 0.000164},
            {349.42, 36.412478, 0.000126}, {84.66, 18.206239, 0.000110}, {141.74, 53.303771, 0.000062},
            {207.14, 2.453732, 0.000060}, {154.84, 7.306860, 0.000056}, {34.52, 27.261239, 0.000047},
            {207.19, 0.121824, 0.000042}, {291.34, 1.844379, 0.000040}, {161.72, 24.198154, 0.000037},
            {239.56, 25.513099, 0.000035}, {331.55, 3.592518, 0.000023}};

    private NewMoons() {}

    /** The lunation number of the new moon nearest to the given Julian day. */
    public static long lunationNear(double julianDay) {
        return Math.round((julianDay - MEAN_NEW_MOON_EPOCH) / MEAN_SYNODIC_MONTH);
    }

    /** Julian Ephemeris Day (dynamical time, TT) of the true new moon with lunation number k. */
    public static double instant(long k) {
        double t = k / 1236.85; // Julian centuries from J2000.0 (eq. 49.3)
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double meanNewMoon = MEAN_NEW_MOON_EPOCH + MEAN_SYNODIC_MONTH * k
                + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
        return meanNewMoon + periodicTerms(k, t, t2, t3, t4) + planetaryTerms(k, t2);
    }

    private static double periodicTerms(long k, double t, double t2, double t3, double t4) {
        double e = 1 - 0.002516 * t - 0.0000074 * t2; // eccentricity of Earth's orbit (eq. 47.6)
        double sunAnomaly = toRadians(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double moonAnomaly = toRadians(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3
                - 0.000000058 * t4);
        double latitudeArgument = toRadians(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3
                + 0.000000011 * t4);
        double ascendingNode = toRadians(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
        double m = sunAnomaly;
        double mm = moonAnomaly;
        double f = latitudeArgument;
        return -0.40720 * sin(mm)
                + 0.17241 * e * sin(m)
                + 0.01608 * sin(2 * mm)
                + 0.01039 * sin(2 * f)
                + 0.00739 * e * sin(mm - m)
                - 0.00514 * e * sin(mm + m)
                + 0.00208 * e * e * sin(2 * m)
                - 0.00111 * sin(mm - 2 * f)
                - 0.00057 * sin(mm + 2 * f)
                + 0.00056 * e * sin(2 * mm + m)
                - 0.00042 * sin(3 * mm)
                + 0.00042 * e * sin(m + 2 * f)
                + 0.00038 * e * sin(m - 2 * f)
                - 0.00024 * e * sin(2 * mm - m)
                - 0.00017 * sin(ascendingNode)
                - 0.00007 * sin(mm + 2 * m)
                + 0.00004 * sin(2 * mm - 2 * f)
                + 0.00004 * sin(3 * m)
                + 0.00003 * sin(mm + m - 2 * f)
                + 0.00003 * sin(2 * mm + 2 * f)
                - 0.00003 * sin(mm + m + 2 * f)
                + 0.00003 * sin(mm - m + 2 * f)
                - 0.00002 * sin(mm - m - 2 * f)
                - 0.00002 * sin(3 * mm + m)
                + 0.00002 * sin(4 * mm);
    }

    private static double planetaryTerms(long k, double t2) {
        double sum = 0;
        for (int i = 0; i < PLANETARY.length; i++) {
            double argument = PLANETARY[i][0] + PLANETARY[i][1] * k;
            if (i == 0) {
                argument -= 0.009173 * t2; // A1 alone has a T² term
            }
            sum += PLANETARY[i][2] * sin(toRadians(argument));
        }
        return sum;
    }
}
