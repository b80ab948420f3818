package vn.dangnhap.admin;

import java.util.UUID;

/**
 * The administrator making a change through the console or the admin API, and where the request
 * came from, as the audit trail records it. A console or API handler declares a parameter of this
 * type and gets it filled in (signed-in official, address, browser) — no handler reads the request
 * for it.
 */
public record ActingAdmin(UUID accountId, String email, String ip, String userAgent) {

    /** A change made by the platform itself (configuration file at start, command line), not a person. */
    public static ActingAdmin system(String name) {
        return new ActingAdmin(null, name, null, null);
    }
}
