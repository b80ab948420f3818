package vn.dangnhap.broker.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dangnhap.broker.IdentityProvider;
import vn.dangnhap.citizen.CitizenAccount;
import vn.dangnhap.citizen.CitizenAccounts;
import vn.dangnhap.directory.AccountStatus;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.OfficialAccount;
import vn.dangnhap.login.SignedInAccount;
import vn.dangnhap.login.SignedInCitizen;
import vn.dangnhap.login.SignedInOfficial;
import vn.dangnhap.shared.ConflictException;

/**
 * Decides which account an e-ID login signs in to. The rule: <b>never link by unverified data</b>.
 * <ol>
 *   <li>Where the provider admits officials: the official whose profile holds the number verified.</li>
 *   <li>The citizen account that holds the number <em>verified</em>.</li>
 *   <li>Old accounts that merely <em>claim</em> the number: nothing is decided; the citizen is asked
 *       (prove the old account with its password, or create a new one).</li>
 *   <li>Nobody: a new citizen account from the e-ID claims.</li>
 * </ol>
 * E-mail, name and claimed numbers never select an account.
 */
@Component
class WhoSignsIn {

    /** What the e-ID login leads to. */
    sealed interface Outcome {}

    record SignIn(SignedInAccount account, boolean created) implements Outcome {}

    /** Old accounts claim the number: ask the citizen. */
    record AskAboutOldAccount() implements Outcome {}

    private final CitizenAccounts citizens;
    private final Directory directory;

    WhoSignsIn(CitizenAccounts citizens, Directory directory) {
        this.citizens = citizens;
        this.directory = directory;
    }

    @Transactional
    Outcome decide(IdentityProvider provider, EidIdentity identity) {
        if (provider.allowOfficials()) {
            Optional<OfficialAccount> official = directory.findOfficialByVerifiedPin(identity.cccd().value());
            if (official.isPresent()) {
                if (official.get().status() != AccountStatus.ACTIVE) {
                    throw new UpstreamLoginRefused("ACCOUNT_DISABLED", "broker.error.disabled", "official " + official.get().status());
                }
                OfficialAccount o = official.get();
                return new SignIn(new SignedInOfficial(o.id(), o.email().value(), o.fullName()), false);
            }
        }
        Optional<CitizenAccount> verified = citizens.findByVerifiedPin(identity.cccd());
        if (verified.isPresent()) {
            return new SignIn(citizen(verified.get(), identity), false);
        }
        if (!claimants(identity).isEmpty()) {
            return new AskAboutOldAccount();
        }
        return createNew(identity);
    }

    /** The old accounts that claim the number and could be attached: active, legacy, not verified. */
    List<CitizenAccount> claimants(EidIdentity identity) {
        return citizens.findClaiming(identity.cccd()).stream()
                .filter(a -> a.status() == CitizenAccount.Status.ACTIVE && a.verifiedPin() == null && a.username() != null)
                .toList();
    }

    /** "Tạo tài khoản mới": a new account, or — if one holding the number verified appeared meanwhile — that one. */
    @Transactional
    SignIn createNew(EidIdentity identity) {
        Optional<CitizenAccount> verified = citizens.findByVerifiedPin(identity.cccd());
        if (verified.isPresent()) {
            return new SignIn(citizen(verified.get(), identity), false);
        }
        try {
            CitizenAccount created = citizens.createFromEid(identity.cccd(), identity.fullName(), identity.birthDate(), identity.ial());
            return new SignIn(citizen(created, identity), true);
        } catch (ConflictException raced) {
            return new SignIn(citizen(citizens.findByVerifiedPin(identity.cccd()).orElseThrow(() -> raced), identity), false);
        }
    }

    /**
     * The old account was proven with its password: it gets the number verified (method {@code EID})
     * and is signed in — or, when an account holds the number verified already, it is merged into
     * that one (actor {@code self}), which is signed in.
     */
    @Transactional
    SignIn attach(CitizenAccount old, EidIdentity identity) {
        Optional<CitizenAccount> holder = citizens.findByVerifiedPin(identity.cccd());
        if (holder.isPresent() && !holder.get().id().equals(old.id())) {
            CitizenAccount survivor = citizens.merge(holder.get().id(), old.id(), "self");
            return new SignIn(citizen(survivor, identity), false);
        }
        CitizenAccount verified = citizens.markVerified(old.id(), identity.cccd(), null, identity.fullName(),
                identity.birthDate(), "EID");
        return new SignIn(citizen(verified, identity), false);
    }

    Optional<CitizenAccount> claimantByUsername(EidIdentity identity, String username) {
        String wanted = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return claimants(identity).stream().filter(a -> wanted.equals(a.username())).findFirst();
    }

    Optional<CitizenAccount> citizenByUsername(String username) {
        return citizens.findByUsername(username);
    }

    void recordLogin(SignedInAccount account, Integer ial) {
        if (account instanceof SignedInCitizen citizen) {
            citizens.recordLogin(citizen.accountId(), ial);
        }
    }

    private static SignedInCitizen citizen(CitizenAccount account, EidIdentity identity) {
        if (!account.canSignIn()) {
            throw new UpstreamLoginRefused("ACCOUNT_DISABLED", "broker.error.disabled", "citizen account " + account.status());
        }
        return new SignedInCitizen(account.id(), account.displayLogin(), account.fullName());
    }
}
