package vn.dangnhap.broker;

import java.util.List;

/**
 * Which upstream claims carry what. Each list is tried in order; the first claim present wins.
 *
 * @param pinClaims        the 12-digit personal identification number (CCCD)
 * @param nameClaims       the full name
 * @param birthDateClaim   the birth date, or null
 * @param birthDateFormat  its {@link java.time.format.DateTimeFormatter} pattern, e.g. {@code yyyyMMdd}
 * @param ialClaim         the identity assurance level ("1"/"2"), or null
 */
public record ClaimMapping(List<String> pinClaims, List<String> nameClaims, String birthDateClaim, String birthDateFormat,
                           String ialClaim) {

    public ClaimMapping {
        pinClaims = List.copyOf(pinClaims);
        nameClaims = List.copyOf(nameClaims);
    }

    /** VNeID (Keycloak-shaped): {@code preferred_username} or {@code SoDinhDanh}, {@code HoVaTen}, {@code NgayThangNamSinh}, {@code IAL}. */
    public static final ClaimMapping VNEID = new ClaimMapping(List.of("preferred_username", "SoDinhDanh"),
            List.of("HoVaTen", "name"), "NgayThangNamSinh", "yyyyMMdd", "IAL");
}
