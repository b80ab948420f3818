package vn.dangnhap.credential.internal;

import vn.dangnhap.admin.AdminChanges;
import vn.dangnhap.admin.ActingAdmin;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangnhap.credential.LoginThrottle;
import vn.dangnhap.credential.PasswordCredentials;
import vn.dangnhap.directory.AccountLock;
import vn.dangnhap.directory.AccountStatus;
import vn.dangnhap.directory.LockReason;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.OfficialAccount;
import vn.dangnhap.directory.OfficialInput;

/** Official-account changes made by an administrator, each recorded in the audit trail (never a password). */
@Service
class OfficialAdministration {

    private final Directory directory;
    private final PasswordCredentials passwords;
    private final AdminChanges changes;
    private final LoginThrottle throttle;

    OfficialAdministration(Directory directory, PasswordCredentials passwords, AdminChanges changes, LoginThrottle throttle) {
        this.directory = directory;
        this.passwords = passwords;
        this.changes = changes;
        this.throttle = throttle;
    }

    /**
     * Creates the official; a blank initial password means none: the official cannot log in yet.
     * An initial password is a default password: the official must change it at the first login.
     */
    @Transactional
    OfficialAccount create(ActingAdmin actor, OfficialInput input, String initialPassword) {
        OfficialAccount official = directory.createOfficial(input);
        changes.record(actor, "OFFICIAL_CREATED", null, describe(official));
        if (initialPassword != null && !initialPassword.isEmpty()) {
            passwords.setDefaultPassword(official.id(), initialPassword);
            changes.record(actor, "OFFICIAL_PASSWORD_SET", null, official.email().value());
        }
        return official;
    }

    @Transactional
    OfficialAccount update(ActingAdmin actor, UUID id, OfficialInput input) {
        OfficialAccount official = directory.updateOfficial(id, input);
        changes.record(actor, "OFFICIAL_UPDATED", null, describe(official));
        return official;
    }

    /** A password an admin sets is a default password: an admin never knows an official's working password. */
    @Transactional
    void setPassword(ActingAdmin actor, UUID id, String password) {
        OfficialAccount official = directory.official(id);
        passwords.setDefaultPassword(official.id(), password);
        changes.record(actor, "OFFICIAL_PASSWORD_SET", null, official.email().value());
    }

    /** What an admin may do to an account's status, and the status it leads to. */
    enum StatusChange {
        DISABLE(AccountStatus.DISABLED, "OFFICIAL_DISABLED"),
        ENABLE(AccountStatus.ACTIVE, "OFFICIAL_ENABLED"),
        LOCK(AccountStatus.LOCKED, "OFFICIAL_LOCKED"),
        UNLOCK(AccountStatus.ACTIVE, "OFFICIAL_UNLOCKED");

        final AccountStatus status;
        final String action;

        StatusChange(AccountStatus status, String action) {
            this.status = status;
            this.action = action;
        }
    }

    @Transactional
    OfficialAccount change(ActingAdmin actor, UUID id, StatusChange change) {
        OfficialAccount official = switch (change) {
            case LOCK -> directory.lock(id, LockReason.ADMIN);
            case UNLOCK -> directory.unlock(id);
            default -> directory.setStatus(id, change.status);
        };
        changes.record(actor, change.action, null, official.email().value());
        if (change == StatusChange.UNLOCK) {
            throttle.release(id); // an unlock also ends a temporary lock after failed logins
        }
        return official;
    }

    /** Why and since when the account is locked, if it is. */
    Optional<AccountLock> lockOf(UUID id) {
        return directory.lockOf(id);
    }

    /** When the temporary lock after failed logins ends, if the account is under one now. */
    java.util.Optional<java.time.Instant> temporarilyLockedUntil(UUID id) {
        return throttle.temporarilyLockedUntil(id);
    }

    boolean hasPassword(UUID id) {
        return passwords.hasPassword(id);
    }

    private static String describe(OfficialAccount official) {
        return official.email().value() + " unit " + official.unitCode() + " roles " + official.roles();
    }
}
