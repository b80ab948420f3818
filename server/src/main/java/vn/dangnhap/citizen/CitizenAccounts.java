package vn.dangnhap.citizen;

import vn.dangnhap.linking.AccountLinks;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangnhap.citizen.internal.CitizenStore;
import vn.dangnhap.shared.ConflictException;
import vn.dangnhap.shared.InvalidInputException;
import vn.dangnhap.shared.NotFoundException;

/**
 * Citizen accounts: look-ups, creation from an e-ID login or as a legacy account, proof of the
 * personal identification number, and merging two accounts of one person.
 */
@Service
public class CitizenAccounts {

    private final CitizenStore store;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AccountLinks links;

    public CitizenAccounts(CitizenStore store, Clock clock, ApplicationEventPublisher events, AccountLinks links) {
        this.links = links;
        this.store = store;
        this.clock = clock;
        this.events = events;
    }

    public Optional<CitizenAccount> find(UUID id) {
        return store.byId(id);
    }

    public CitizenAccount account(UUID id) {
        return store.byId(id).orElseThrow(() -> new NotFoundException("citizen.not-found"));
    }

    /** A legacy account by its user name (case-insensitive). */
    public Optional<CitizenAccount> findByUsername(String username) {
        return username == null || username.isBlank() ? Optional.empty()
                : store.byUsername(username.strip().toLowerCase(Locale.ROOT));
    }

    /** The one account that holds this number <em>verified</em>, if any. The only look-up by number that may lead to a sign-in. */
    public Optional<CitizenAccount> findByVerifiedPin(Cccd pin) {
        return store.byVerifiedPin(pin);
    }

    /** Accounts that carry this number only as typed, never proven (never sign anyone in to these). */
    public List<CitizenAccount> findClaiming(Cccd pin) {
        return store.byClaimedPin(pin);
    }

    /**
     * Creates an account from a national e-ID login: the number is verified by the e-ID itself.
     * Refused (conflict) when another account already holds the number verified.
     */
    @Transactional
    public CitizenAccount createFromEid(Cccd pin, String fullName, LocalDate birthDate, Integer ial) {
        if (store.byVerifiedPin(pin).isPresent()) {
            throw new ConflictException("citizen.pin-taken");
        }
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        store.insert(new CitizenAccount(id, null, name(fullName), birthDate, pin, null, null, null, null,
                CitizenAccount.Source.EID, CitizenAccount.Status.ACTIVE, ial, null, now, now, null), now);
        CitizenAccount created = account(id);
        events.publishEvent(new CitizenAccountCreated(id, CitizenAccount.Source.EID, created.displayLogin()));
        events.publishEvent(new CitizenVerified(id, pin.masked(), "EID"));
        return created;
    }

    /**
     * Creates a legacy account (as old portals had: user name, maybe a typed number nobody proved).
     * For demo data and imports; the password is set through the credential module.
     */
    @Transactional
    public CitizenAccount createLegacy(String username, String fullName, LocalDate birthDate, Cccd claimedPin, Cmnd cmnd,
                                       String email, String phone) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z0-9._-]{3,64}")) {
            throw new InvalidInputException("username", "citizen.username.format");
        }
        if (store.byUsername(name).isPresent()) {
            throw new ConflictException("citizen.username-taken", name);
        }
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        store.insert(new CitizenAccount(id, name, name(fullName), birthDate, null, claimedPin, cmnd, email, phone,
                CitizenAccount.Source.LEGACY, CitizenAccount.Status.ACTIVE, null, null, now, null, null), now);
        events.publishEvent(new CitizenAccountCreated(id, CitizenAccount.Source.LEGACY, name));
        return account(id);
    }

    /**
     * Stores a proven number on the account ({@code method}: {@code EID} or {@code REGISTRY}),
     * with the registry's canonical name and birth date when given. Conflict when another account
     * holds the number verified: one person, one account.
     */
    @Transactional
    public CitizenAccount markVerified(UUID id, Cccd pin, Cmnd cmnd, String canonicalName, LocalDate birthDate, String method) {
        account(id);
        if (!store.setVerified(id, pin, cmnd, canonicalName == null ? null : name(canonicalName), birthDate, clock.instant())) {
            throw new ConflictException("citizen.pin-taken");
        }
        events.publishEvent(new CitizenVerified(id, pin.masked(), method));
        return account(id);
    }

    /** Notes a successful sign-in (for the dormant-account report) and the e-ID level if known. */
    @Transactional
    public void recordLogin(UUID id, Integer ial) {
        store.recordLogin(id, ial, clock.instant());
    }

    @Transactional
    public CitizenAccount setStatus(UUID id, CitizenAccount.Status status) {
        CitizenAccount current = account(id);
        if (current.status() == CitizenAccount.Status.MERGED || status == CitizenAccount.Status.MERGED) {
            throw new InvalidInputException("status", "citizen.merged-final");
        }
        store.setStatus(id, status, clock.instant());
        return account(id);
    }

    /**
     * Merges {@code mergedId} into {@code survivorId}: the merged account can never sign in again but
     * stays readable; its verified number moves to the survivor if the survivor has none, its account
     * links too (module linking). Listeners of {@link CitizenAccountsMerged} move what else they keep per
     * account (consents, grants, the password) in the same transaction.
     */
    @Transactional
    public CitizenAccount merge(UUID survivorId, UUID mergedId, String actor) {
        if (survivorId.equals(mergedId)) {
            throw new InvalidInputException("mergedId", "citizen.merge.same");
        }
        CitizenAccount survivor = account(survivorId);
        CitizenAccount merged = account(mergedId);
        if (survivor.status() == CitizenAccount.Status.MERGED || merged.status() == CitizenAccount.Status.MERGED) {
            throw new ConflictException("citizen.merge.already-merged");
        }
        if (survivor.verifiedPin() != null && merged.verifiedPin() != null
                && !survivor.verifiedPin().equals(merged.verifiedPin())) {
            throw new ConflictException("citizen.merge.different-people");
        }
        store.merge(survivorId, mergedId, clock.instant());
        links.moveToSurvivor(mergedId, survivorId, survivor.displayLogin(), actor);
        events.publishEvent(new CitizenAccountsMerged(survivorId, survivor.displayLogin(), mergedId, merged.displayLogin(), actor));
        return account(survivorId);
    }

    private static String name(String fullName) {
        String name = fullName == null ? "" : fullName.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            throw new InvalidInputException("fullName", "citizen.full-name.required");
        }
        if (name.length() > 200) {
            throw new InvalidInputException("fullName", "citizen.full-name.too-long", 200);
        }
        return name;
    }
}
