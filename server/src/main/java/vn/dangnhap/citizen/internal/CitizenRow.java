package vn.dangnhap.citizen.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.dangnhap.citizen.CitizenAccount;
import vn.dangnhap.shared.IdNumbers;

/**
 * A citizen account as the console, the API and the CSV export show it: identity numbers masked
 * (first 4 and last 2 digits), never in full.
 */
record CitizenRow(UUID id, String login, String username, String fullName, LocalDate birthDate, String verifiedPin,
                  String claimedPin, String cmnd, CitizenAccount.Source source, CitizenAccount.Status status, Integer ial,
                  UUID mergedInto, Instant createdAt, Instant verifiedAt, Instant lastLoginAt) {

    static CitizenRow of(CitizenAccount a) {
        return new CitizenRow(a.id(), a.displayLogin(), a.username(), a.fullName(), a.birthDate(),
                a.verifiedPin() == null ? null : a.verifiedPin().masked(),
                a.claimedPin() == null ? null : a.claimedPin().masked(),
                a.cmnd() == null ? null : IdNumbers.mask(a.cmnd().value()),
                a.source(), a.status(), a.ial(), a.mergedInto(), a.createdAt(), a.verifiedAt(), a.lastLoginAt());
    }

    boolean verified() {
        return verifiedPin != null;
    }
}
