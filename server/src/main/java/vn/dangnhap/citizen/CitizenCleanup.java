package vn.dangnhap.citizen;

import vn.dangnhap.shared.IdNumbers;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangnhap.citizen.internal.CleanupStore;
import vn.dangnhap.shared.BusinessTime;
import vn.dangnhap.shared.ConflictException;
import vn.dangnhap.shared.InvalidInputException;

/**
 * The clean-up of citizen accounts (directive 356/CV-TCTTKĐA: one person, one account): counts and
 * lists of verified, unverified, duplicate and dormant accounts, the accounts merged into one,
 * disabling one account, and the bulk disable of unverified legacy accounts after the password
 * cut-off. Merging itself is {@link CitizenAccounts#merge}. Every change publishes an event the
 * audit trail records.
 */
@Service
public class CitizenCleanup {

    public static final int DEFAULT_DORMANT_MONTHS = 12;
    public static final int MAX_DORMANT_MONTHS = 240;
    public static final int MAX_PAGE = 500;

    private final CleanupStore store;
    private final CitizenAccounts accounts;
    private final CitizenSettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public CitizenCleanup(CleanupStore store, CitizenAccounts accounts, CitizenSettings settings, Clock clock,
                          ApplicationEventPublisher events) {
        this.store = store;
        this.accounts = accounts;
        this.settings = settings;
        this.clock = clock;
        this.events = events;
    }

    /** @param dormantMonths N of "no sign-in for N months" (1–{@value #MAX_DORMANT_MONTHS}) */
    public CleanupSummary summary(int dormantMonths) {
        Instant before = dormantBefore(dormantMonths);
        return new CleanupSummary(store.count(CleanupCategory.VERIFIED, null), store.count(CleanupCategory.UNVERIFIED, null),
                store.count(CleanupCategory.DUPLICATE, null), store.countGroups(),
                store.count(CleanupCategory.DORMANT, before), dormantMonths);
    }

    /** Refuses a bad N of "no sign-in for N months" before anything is read or written. */
    public void checkDormantMonths(int months) {
        dormantBefore(months);
    }

    /** One page of a list, oldest account first. */
    public List<CitizenAccount> list(CleanupCategory category, int dormantMonths, int limit, int offset) {
        checkPage(limit, offset);
        return store.list(category, category == CleanupCategory.DORMANT ? dormantBefore(dormantMonths) : null, limit, offset);
    }

    public long count(CleanupCategory category, int dormantMonths) {
        return store.count(category, category == CleanupCategory.DORMANT ? dormantBefore(dormantMonths) : null);
    }

    /** Every account of a list, one by one (for exports: no page limit, constant memory). */
    @Transactional(readOnly = true)
    public void each(CleanupCategory category, int dormantMonths, Consumer<CitizenAccount> row) {
        store.each(category, category == CleanupCategory.DORMANT ? dormantBefore(dormantMonths) : null, row);
    }

    /** One page of duplicate groups: by number first, then by name and birth date. */
    public List<DuplicateGroup> duplicateGroups(int limit, int offset) {
        checkPage(limit, offset);
        return store.groups(limit, offset).stream().map(key -> {
            List<CitizenAccount> members = store.members(key);
            return "NUMBER".equals(key.kind())
                    ? new DuplicateGroup(DuplicateGroup.Kind.NUMBER, IdNumbers.mask(key.pin()), null, null, members)
                    : new DuplicateGroup(DuplicateGroup.Kind.NAME_BIRTH_DATE, null, members.getFirst().fullName(),
                            key.birthDate(), members);
        }).toList();
    }

    /** The accounts merged into {@code id}, directly or through another merged account; oldest merge first. */
    public List<CitizenAccount> mergedInto(UUID id) {
        List<CitizenAccount> found = new ArrayList<>();
        Set<UUID> seen = new LinkedHashSet<>(List.of(id));
        List<UUID> next = List.of(id);
        while (!next.isEmpty()) {
            List<UUID> deeper = new ArrayList<>();
            for (UUID parent : next) {
                for (CitizenAccount merged : store.mergedInto(parent)) {
                    if (seen.add(merged.id())) {
                        found.add(merged);
                        deeper.add(merged.id());
                    }
                }
            }
            next = deeper;
        }
        return found;
    }

    /** An administrator disables one account (it can no longer sign in). Merged accounts never change. */
    @Transactional
    public CitizenAccount disable(UUID id, CleanupActor actor) {
        return change(id, CitizenAccount.Status.ACTIVE, CitizenAccount.Status.DISABLED, actor);
    }

    @Transactional
    public CitizenAccount enable(UUID id, CleanupActor actor) {
        return change(id, CitizenAccount.Status.DISABLED, CitizenAccount.Status.ACTIVE, actor);
    }

    private CitizenAccount change(UUID id, CitizenAccount.Status from, CitizenAccount.Status to, CleanupActor actor) {
        CitizenAccount account = accounts.account(id);
        if (account.status() == CitizenAccount.Status.MERGED) {
            throw new ConflictException("citizen.merged-final");
        }
        if (account.status() == to) {
            return account;
        }
        store.setStatus(id, from, to, clock.instant());
        events.publishEvent(new CitizenAccountDisabled(id, account.displayLogin(), to == CitizenAccount.Status.DISABLED,
                "ADMIN", actor));
        return accounts.account(id);
    }

    /** The cut-off day, or null when no cut-off is configured ({@code dangnhap.citizen.password-cutoff=none}). */
    public LocalDate passwordCutoff() {
        return settings.cutoffDay().orElse(null);
    }

    /** Whether the cut-off day has come (Vietnamese calendar day); false when there is no cut-off. */
    public boolean cutoffReached() {
        return settings.cutoffDay().map(day -> !clock.instant().atZone(BusinessTime.ZONE).toLocalDate().isBefore(day))
                .orElse(false);
    }

    /** How many accounts the bulk disable would take now: active legacy accounts without a verified number. */
    public long bulkDisableCount() {
        return store.countUnverifiedActiveLegacy();
    }

    /**
     * Disables every active legacy account without a verified number, one audited event per account
     * and one for the run. Refused before the cut-off: until then those citizens may still verify.
     *
     * @return how many accounts were disabled
     */
    @Transactional
    public int bulkDisable(CleanupActor actor) {
        if (settings.cutoffDay().isEmpty()) {
            throw new ConflictException("citizen.cleanup.no-cutoff");
        }
        if (!cutoffReached()) {
            throw new ConflictException("citizen.cleanup.before-cutoff", passwordCutoff().toString());
        }
        Instant now = clock.instant();
        int count = 0;
        for (CitizenAccount account : store.unverifiedActiveLegacy()) {
            if (store.setStatus(account.id(), CitizenAccount.Status.ACTIVE, CitizenAccount.Status.DISABLED, now)) {
                count++;
                events.publishEvent(new CitizenAccountDisabled(account.id(), account.displayLogin(), true,
                        "BULK_UNVERIFIED_AFTER_CUTOFF", actor));
            }
        }
        events.publishEvent(new CitizenBulkDisabled(count, passwordCutoff(), actor));
        return count;
    }

    /** Records that a list was exported (the export itself is written by the caller). */
    public void exported(CleanupCategory category, int dormantMonths, int rows, CleanupActor actor) {
        events.publishEvent(new CitizenAccountsExported(category,
                category == CleanupCategory.DORMANT ? "months=" + dormantMonths : null, rows, actor));
    }

    private Instant dormantBefore(int months) {
        if (months < 1 || months > MAX_DORMANT_MONTHS) {
            throw new InvalidInputException("months", "citizen.cleanup.months", 1, MAX_DORMANT_MONTHS);
        }
        return clock.instant().atZone(BusinessTime.ZONE).minusMonths(months).toInstant();
    }

    private static void checkPage(int limit, int offset) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInputException("limit", "citizen.cleanup.limit", 1, MAX_PAGE);
        }
        if (offset < 0) {
            throw new InvalidInputException("offset", "citizen.cleanup.offset");
        }
    }
}
