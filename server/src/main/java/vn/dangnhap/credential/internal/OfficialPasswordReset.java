package vn.dangnhap.credential.internal;

import vn.dangnhap.admin.AdminChanges;
import vn.dangnhap.admin.ActingAdmin;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangnhap.credential.PasswordCredentials;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.OfficialAccount;

/**
 * An admin resets an official's password: a new random default password, returned once to be
 * handed over, which the official must change at the next login. Audited without the password.
 */
@Service
class OfficialPasswordReset {

    private final Directory directory;
    private final PasswordCredentials passwords;
    private final AdminChanges changes;

    OfficialPasswordReset(Directory directory, PasswordCredentials passwords, AdminChanges changes) {
        this.directory = directory;
        this.passwords = passwords;
        this.changes = changes;
    }

    /** The official and the new default password, which is nowhere else in clear. */
    record Result(OfficialAccount official, String defaultPassword) {}

    @Transactional
    Result reset(ActingAdmin actor, UUID id) {
        OfficialAccount official = directory.official(id);
        String defaultPassword = passwords.issueDefaultPassword(official.id());
        changes.record(actor, "OFFICIAL_PASSWORD_RESET", null, official.email().value());
        return new Result(official, defaultPassword);
    }
}
