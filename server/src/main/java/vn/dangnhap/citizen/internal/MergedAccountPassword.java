package vn.dangnhap.citizen.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dangnhap.citizen.CitizenAccountsMerged;
import vn.dangnhap.credential.PasswordCredentials;

/**
 * A merged account can never sign in again: besides its MERGED status (which the login refuses),
 * its password is removed, so a login path that checks only the password fails as well. Runs in
 * the merging transaction.
 */
@Component
class MergedAccountPassword {

    private final PasswordCredentials passwords;

    MergedAccountPassword(PasswordCredentials passwords) {
        this.passwords = passwords;
    }

    @EventListener
    void on(CitizenAccountsMerged merged) {
        passwords.removePassword(merged.mergedId());
    }
}
