package vn.dangnhap.login;

import vn.dangnhap.shared.AccountKind;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import vn.dangnhap.citizen.CitizenAccounts;
import vn.dangnhap.directory.Directory;

/**
 * Reads the {@link Account} behind a session, a grant or a ticket: its kind is known from where it
 * came from (the session's {@link SignedInAccount}, the kind stored with a ticket), so each look-up
 * is one primary-key query in the store of that kind — never "an official? else a citizen?".
 */
@Service
public class Accounts {

    private final Directory directory;
    private final CitizenAccounts citizens;

    public Accounts(Directory directory, CitizenAccounts citizens) {
        this.directory = directory;
        this.citizens = citizens;
    }

    /** The account as stored now, or empty when it no longer exists. */
    public Optional<Account> find(AccountKind kind, UUID id) {
        return switch (kind) {
            case OFFICIAL -> directory.findOfficial(id).map(Account.Official::new);
            case CITIZEN -> citizens.find(id).map(Account.Citizen::new);
        };
    }

    /** The account of a session, read fresh: the session's copy may be older than a lock or a merge. */
    public Optional<Account> of(SignedInAccount signedIn) {
        return find(signedIn.kind(), signedIn.accountId());
    }

    /** The account of an authentication whose principal is a signed-in person; empty for anything else (a client). */
    public Optional<Account> of(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof SignedInAccount signedIn
                ? of(signedIn) : Optional.empty();
    }
}
