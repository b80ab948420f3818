package vn.dangnhap.directory;

import java.util.Locale;
import vn.dangnhap.shared.InvalidInputException;

/**
 * Who an application is for, next to its access rules ({@link AccessRules}).
 *
 * @param audience                  officials only (the default), citizens only, or both
 * @param verifiedCitizensOnly      citizens must have proven their personal identification number
 *                                  (e-ID login or population-registry match); true by default
 * @param releasePersonalIdentifier the application is told a verified citizen's full personal
 *                                  identification number (claim/attribute {@code personal_identifier});
 *                                  false by default (applications such as "một cửa" need it to find
 *                                  the citizen's case)
 */
public record AppAudience(Audience audience, boolean verifiedCitizensOnly, boolean releasePersonalIdentifier) {

    /** Every application that was never given an audience: officials only. */
    public static final AppAudience OFFICIALS_ONLY = new AppAudience(Audience.OFFICIALS, true, false);

    public enum Audience {
        OFFICIALS, CITIZENS, BOTH;

        public boolean officials() {
            return this != CITIZENS;
        }

        public boolean citizens() {
            return this != OFFICIALS;
        }

        /** {@code officials}, {@code citizens} or {@code both}, any case; blank means officials. */
        public static Audience parse(String text) {
            if (text == null || text.isBlank()) {
                return OFFICIALS;
            }
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("audience", "application.audience.invalid");
            }
        }
    }

    public AppAudience {
        if (audience == null) {
            throw new InvalidInputException("audience", "application.audience.invalid");
        }
    }

    /** What a citizen is told when refused. */
    public enum CitizenAccess { ALLOWED, OFFICIALS_ONLY, VERIFICATION_REQUIRED }

    public CitizenAccess forCitizen(boolean verified) {
        if (!audience.citizens()) {
            return CitizenAccess.OFFICIALS_ONLY;
        }
        return verifiedCitizensOnly && !verified ? CitizenAccess.VERIFICATION_REQUIRED : CitizenAccess.ALLOWED;
    }
}
