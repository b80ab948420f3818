package vn.dangnhap.citizen.internal;

import vn.dangnhap.admin.ActingAdmin;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangnhap.audit.AuditEvent;
import vn.dangnhap.audit.AuditLog;
import vn.dangnhap.citizen.Cccd;
import vn.dangnhap.citizen.CitizenAccount;
import vn.dangnhap.citizen.CitizenAccounts;
import vn.dangnhap.citizen.CitizenCleanup;
import vn.dangnhap.citizen.CleanupActor;
import vn.dangnhap.linking.AccountLinks;
import vn.dangnhap.linking.AppLink;
import vn.dangnhap.shared.ConflictException;
import vn.dangnhap.shared.InvalidInputException;

/**
 * What the citizen clean-up console and API do beyond the reports: an account's page (links,
 * merged accounts, history of it and of every account merged into it), the merge plan shown before
 * a merge, and the merge of one or more accounts into the chosen survivor.
 */
@Service
class CitizenAdministration {

    static final int HISTORY_LINES = 200;

    private final CitizenAccounts accounts;
    private final CitizenCleanup cleanup;
    private final AccountLinks links;
    private final AuditLog audit;

    CitizenAdministration(CitizenAccounts accounts, CitizenCleanup cleanup, AccountLinks links, AuditLog audit) {
        this.accounts = accounts;
        this.cleanup = cleanup;
        this.links = links;
        this.audit = audit;
    }

    static CleanupActor actor(ActingAdmin admin) {
        return new CleanupActor(admin.accountId(), admin.email(), admin.ip(), admin.userAgent());
    }

    /** An account's page. {@code history}: its audit lines and those of the accounts merged into it, newest first. */
    record Detail(CitizenRow account, CitizenRow mergedInto, List<CitizenRow> merged, List<AppLink> links,
                  List<AuditEvent> history) {}

    Detail detail(UUID id) {
        CitizenAccount account = accounts.account(id);
        List<CitizenAccount> merged = cleanup.mergedInto(id);
        List<UUID> ids = new ArrayList<>(List.of(id));
        merged.forEach(m -> ids.add(m.id()));
        CitizenRow into = account.mergedInto() == null ? null
                : accounts.find(account.mergedInto()).map(CitizenRow::of).orElse(null);
        return new Detail(CitizenRow.of(account), into, merged.stream().map(CitizenRow::of).toList(),
                links.linksOf(id), audit.ofAccounts(ids, HISTORY_LINES));
    }

    /** What a merge of {@code merged} into the survivor moves: links (or leaves behind), the verified number, history. */
    record MergeItem(CitizenRow account, List<AppLink> linksMoving, List<AppLink> linksLeftBehind, boolean numberMoves) {}

    record MergePlan(CitizenRow survivor, List<AppLink> survivorLinks, List<MergeItem> items, List<UUID> mergedIds) {}

    /**
     * Checks a merge without changing anything, with the errors the merge itself would raise:
     * unknown account (404), the survivor among the merged (400), an account merged before (409),
     * two different verified numbers (409).
     */
    MergePlan plan(UUID survivorId, List<UUID> mergedIds) {
        if (survivorId == null) {
            throw new InvalidInputException("survivorId", "citizen.cleanup.survivor-required");
        }
        Set<UUID> distinct = new LinkedHashSet<>(mergedIds == null ? List.of() : mergedIds);
        distinct.remove(null);
        if (distinct.isEmpty()) {
            throw new InvalidInputException("mergedId", "citizen.cleanup.merged-required");
        }
        if (distinct.contains(survivorId)) {
            throw new InvalidInputException("mergedId", "citizen.merge.same");
        }
        CitizenAccount survivor = accounts.account(survivorId);
        List<CitizenAccount> merged = distinct.stream().map(accounts::account).toList();
        List<CitizenAccount> all = new ArrayList<>(merged);
        all.add(survivor);
        if (all.stream().anyMatch(a -> a.status() == CitizenAccount.Status.MERGED)) {
            throw new ConflictException("citizen.merge.already-merged");
        }
        if (all.stream().map(CitizenAccount::verifiedPin).filter(Objects::nonNull).map(Cccd::value).distinct().count() > 1) {
            throw new ConflictException("citizen.merge.different-people");
        }
        List<AppLink> survivorLinks = links.linksOf(survivorId);
        Set<String> taken = new LinkedHashSet<>(survivorLinks.stream().map(AppLink::applicationCode).toList());
        List<MergeItem> items = new ArrayList<>();
        boolean survivorVerified = survivor.verified();
        for (CitizenAccount m : merged) {
            List<AppLink> moving = new ArrayList<>();
            List<AppLink> left = new ArrayList<>();
            for (AppLink link : links.linksOf(m.id())) {
                (taken.add(link.applicationCode()) ? moving : left).add(link);
            }
            boolean numberMoves = !survivorVerified && m.verified();
            survivorVerified |= numberMoves;
            items.add(new MergeItem(CitizenRow.of(m), moving, left, numberMoves));
        }
        return new MergePlan(CitizenRow.of(survivor), survivorLinks, items, items.stream().map(i -> i.account().id()).toList());
    }

    /** Merges every account of the plan into the survivor, all or nothing. */
    @Transactional
    CitizenRow merge(ActingAdmin admin, UUID survivorId, List<UUID> mergedIds) {
        MergePlan plan = plan(survivorId, mergedIds);
        CitizenAccount survivor = null;
        for (UUID mergedId : plan.mergedIds()) {
            survivor = accounts.merge(survivorId, mergedId, admin.email());
        }
        return CitizenRow.of(survivor);
    }
}
