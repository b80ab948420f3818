package vn.dangnhap.citizen;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A citizen's account.
 *
 * @param username     legacy portal user name (lower-case), or null for an account made from an e-ID login
 * @param verifiedPin  the personal identification number once proven (e-ID login or registry match), else null;
 *                     unique across citizen accounts
 * @param claimedPin   a number the citizen typed (or an old portal stored) that nobody proved; never used to
 *                     link or find an account for sign-in
 * @param cmnd         the old identity card number, if known
 * @param ial          the e-ID account level (1 or 2) of the last e-ID login, or null
 * @param mergedInto   for a {@link Status#MERGED} account, the account that took its place
 */
public record CitizenAccount(
        UUID id,
        String username,
        String fullName,
        LocalDate birthDate,
        Cccd verifiedPin,
        Cccd claimedPin,
        Cmnd cmnd,
        String email,
        String phone,
        Source source,
        Status status,
        Integer ial,
        UUID mergedInto,
        Instant createdAt,
        Instant verifiedAt,
        Instant lastLoginAt) {

    /** Where the account came from. */
    public enum Source { LEGACY, EID }

    /** MERGED accounts stay readable for audit but can never sign in again. */
    public enum Status { ACTIVE, DISABLED, MERGED }

    public boolean verified() {
        return verifiedPin != null;
    }

    public boolean canSignIn() {
        return status == Status.ACTIVE;
    }

    /** What pages and logs may show of who this is: the user name, or the masked number. */
    public String displayLogin() {
        if (username != null) {
            return username;
        }
        return verifiedPin != null ? verifiedPin.masked() : id.toString();
    }
}
