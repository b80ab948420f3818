package vn.dangnhap.citizen;

import java.time.LocalDate;

/**
 * The National Population Database's matcher (attached procedure of directive 356): the portal
 * sends the 12-digit CCCD, the old 9-digit CMND if known, and the full name; the registry answers
 * match or no match. Implemented over HTTP in {@code internal}; tests run it against the sandbox.
 */
public interface PopulationRegistry {

    /**
     * Asks the registry whether these data belong to one person.
     *
     * @throws RegistryUnavailable when there is no usable answer (down, slow, refused our credentials, not configured)
     */
    Answer verify(Cccd cccd, Cmnd cmnd, String fullName);

    /** The registry's answer; on a match its canonical full name and birth date. */
    record Answer(boolean match, String fullName, LocalDate birthDate) {

        public static Answer noMatch() {
            return new Answer(false, null, null);
        }
    }

    /** No usable answer from the registry; {@code reason} is for the audit trail, never for the citizen. */
    final class RegistryUnavailable extends RuntimeException {

        public RegistryUnavailable(String reason) {
            super(reason);
        }

        public RegistryUnavailable(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
