package vn.dangnhap.login;

import vn.dangnhap.shared.AccountKind;
import java.util.UUID;
import vn.dangnhap.citizen.CitizenAccount;
import vn.dangnhap.directory.AccountStatus;
import vn.dangnhap.directory.OfficialAccount;

/**
 * The person behind a session, a grant or a ticket, as the store holds them now: an official or a
 * citizen. Resolved once per request by {@link Accounts} (one indexed look-up in the right store);
 * code that needs the difference switches over the two cases instead of asking the stores in turn.
 */
public sealed interface Account {

    UUID id();

    AccountKind kind();

    String fullName();

    /** What pages, logs and the audit trail may call the account: e-mail, legacy user name or masked number. */
    String loginName();

    /** The account may sign in and open applications (not locked, disabled or merged). */
    boolean active();

    record Official(OfficialAccount account) implements Account {

        @Override
        public UUID id() {
            return account.id();
        }

        @Override
        public AccountKind kind() {
            return AccountKind.OFFICIAL;
        }

        @Override
        public String fullName() {
            return account.fullName();
        }

        @Override
        public String loginName() {
            return account.email().value();
        }

        @Override
        public boolean active() {
            return account.status() == AccountStatus.ACTIVE;
        }
    }

    record Citizen(CitizenAccount account) implements Account {

        @Override
        public UUID id() {
            return account.id();
        }

        @Override
        public AccountKind kind() {
            return AccountKind.CITIZEN;
        }

        @Override
        public String fullName() {
            return account.fullName();
        }

        @Override
        public String loginName() {
            return account.displayLogin();
        }

        @Override
        public boolean active() {
            return account.canSignIn();
        }
    }
}
