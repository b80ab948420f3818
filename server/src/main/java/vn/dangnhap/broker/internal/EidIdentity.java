package vn.dangnhap.broker.internal;

import java.io.Serializable;
import java.time.LocalDate;
import vn.dangnhap.citizen.Cccd;

/**
 * Who the upstream provider says signed in, from a validated ID token (and the userinfo answer).
 * Kept in the session while the citizen chooses about an old account. {@link #toString()} is masked.
 *
 * @param idToken the raw ID token, kept for the upstream logout's {@code id_token_hint}
 */
record EidIdentity(String alias, String subject, String pin, String fullName, LocalDate birthDate, Integer ial,
                   String idToken) implements Serializable {

    static final String SESSION_ATTRIBUTE = EidIdentity.class.getName();

    Cccd cccd() {
        return new Cccd(pin);
    }

    String maskedPin() {
        return cccd().masked();
    }

    @Override
    public String toString() {
        return "EidIdentity[" + alias + ", " + maskedPin() + "]";
    }
}
