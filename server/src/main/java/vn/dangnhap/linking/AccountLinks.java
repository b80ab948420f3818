package vn.dangnhap.linking;

import java.text.Normalizer;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.OfficialAccount;
import vn.dangnhap.linking.AppLink.Origin;
import vn.dangnhap.linking.AppLink.Status;
import vn.dangnhap.linking.internal.LinkStore;
import vn.dangnhap.linking.internal.ReleaseRuleStore;
import vn.dangnhap.shared.cache.CachedValue;
import vn.dangnhap.shared.cache.ClusterCaches;
import vn.dangnhap.shared.ConflictException;
import vn.dangnhap.shared.InvalidInputException;
import vn.dangnhap.shared.NotFoundException;

/**
 * Account links and release rules: look-ups for sign-in, and every change, each published as an
 * event for the audit trail. Application codes are checked by the callers (this module knows no
 * catalogue of applications: the portal depends on the OIDC module, which depends on this one).
 *
 * <p>Changes are single statements, deliberately outside a transaction: a refused claim is
 * audited even though the request fails.
 */
@Service
public class AccountLinks {

    private static final Pattern MARKUP_OR_CONTROL = Pattern.compile("[<>\\p{Cntrl}]");
    private static final Pattern CLAIM_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    /** Claims that already mean something else: an application must not be misled by a linked name in them. */
    private static final Set<String> RESERVED_CLAIMS = Set.of("sub", "iss", "aud", "exp", "iat", "nbf", "jti", "azp",
            "sid", "nonce", "auth_time", "acr", "amr", "at_hash", "c_hash", "name", "email", "email_verified",
            "phone_number", "phone_number_verified", "preferred_username", "updated_at", "org_unit_code",
            "org_unit_name", "roles", "client_id", "scope");

    private final LinkStore links;
    private final ReleaseRuleStore rules;
    private final Directory directory;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    /** Read at every sign-in (DESIGN §3: hot paths read settings from memory). */
    private final CachedValue<Map<String, ReleaseRule>> releaseRules;

    private final ClusterCaches caches;

    public AccountLinks(LinkStore links, ReleaseRuleStore rules, Directory directory, Clock clock,
                        ApplicationEventPublisher events, ClusterCaches caches) {
        this.caches = caches;
        this.links = links;
        this.rules = rules;
        this.directory = directory;
        this.clock = clock;
        this.events = events;
        this.releaseRules = caches.value("linking.release-rules", () -> {
            Map<String, ReleaseRule> byApplication = new LinkedHashMap<>();
            rules.all().forEach(rule -> byApplication.put(rule.applicationCode(), rule));
            return byApplication;
        });
    }

    /** Null filters match everything; newest first, at most 1,000. */
    public List<AppLink> search(UUID accountId, String applicationCode, Status status) {
        return links.search(accountId, applicationCode, status, 1000);
    }

    public List<AppLink> linksOf(UUID accountId) {
        return links.search(accountId, null, null, 1000);
    }

    public Optional<AppLink> find(UUID id) {
        return links.byId(id);
    }

    public AppLink link(UUID id) {
        return links.byId(id).orElseThrow(() -> new NotFoundException("link.not-found"));
    }

    /** The official's link to the application, active or pending. */
    public Optional<AppLink> linkOf(UUID accountId, String applicationCode) {
        return links.byAccount(accountId, applicationCode);
    }

    /** The name the application knows the official by, if the link is active. */
    public Optional<String> linkedName(UUID accountId, String applicationCode) {
        return links.byAccount(accountId, applicationCode).filter(AppLink::active).map(AppLink::applicationAccount);
    }

    /** Who holds this application account name, if anyone (case-insensitive). */
    public Optional<AppLink> holderOf(String applicationCode, String applicationAccount) {
        return links.byApplicationAccount(applicationCode, applicationAccount);
    }

    /**
     * Links the official to the application. Self-service links start PENDING, all others ACTIVE.
     *
     * @throws InvalidInputException {@code applicationAccount} is empty, too long or has markup
     * @throws ConflictException     the official already has a link to the application, or the name is
     *                               another official's — both audited as a refused claim
     */
    public AppLink create(UUID accountId, String applicationCode, String applicationAccount, Origin origin, String actor) {
        OfficialAccount official = directory.official(accountId);
        String name = applicationAccount(applicationAccount);
        refuseClash(official, applicationCode, name, actor);
        AppLink link = new AppLink(UUID.randomUUID(), accountId, applicationCode, name, origin,
                origin == Origin.SELF_SERVICE ? Status.PENDING : Status.ACTIVE, LinkStore.now(clock), actor);
        try {
            links.insert(link);
        } catch (DuplicateKeyException e) {
            // Another request made the same link between the check and the insert.
            refuseClash(official, applicationCode, name, actor);
            throw e;
        }
        events.publishEvent(new LinkCreated(link, official.email().value(), actor));
        return link;
    }

    /**
     * The application, having checked both identities itself, links the official: a pending link with
     * the same name is confirmed, an active one with the same name is returned as is, anything else
     * is created (or refused) as {@link #create} does.
     */
    public AppLink linkByApplication(UUID accountId, String applicationCode, String applicationAccount, String clientId) {
        String name = applicationAccount(applicationAccount);
        Optional<AppLink> existing = links.byAccount(accountId, applicationCode);
        if (existing.isPresent() && LinkStore.key(existing.get().applicationAccount()).equals(LinkStore.key(name))) {
            return existing.get().active() ? existing.get() : confirm(existing.get().id(), clientId);
        }
        return create(accountId, applicationCode, name, Origin.APPLICATION, clientId);
    }

    /** A pending link becomes active (the application confirmed it, or an administrator approved it). */
    public AppLink confirm(UUID linkId, String actor) {
        AppLink link = link(linkId);
        if (!links.activate(linkId)) {
            throw new ConflictException("link.not-pending");
        }
        AppLink active = link(linkId);
        events.publishEvent(new LinkConfirmed(active, emailOf(link.accountId()), actor));
        return active;
    }

    public void remove(UUID linkId, String actor) {
        removeOrRefuse(linkId, actor, false);
    }

    /** An administrator turns down a pending self-service link. */
    public void refuse(UUID linkId, String actor) {
        AppLink link = link(linkId);
        if (link.active()) {
            throw new ConflictException("link.not-pending");
        }
        removeOrRefuse(linkId, actor, true);
    }

    private void removeOrRefuse(UUID linkId, String actor, boolean refused) {
        AppLink link = link(linkId);
        if (links.delete(linkId)) {
            events.publishEvent(new LinkRemoved(link, emailOf(link.accountId()), actor, refused));
        }
    }

    /**
     * A citizen account was merged into another (module citizen calls this inside the merging
     * transaction; a failure undoes the merge): its links move to the survivor. One link per account
     * and application: where both accounts are linked to the same application the survivor keeps its
     * own — the administrator chose the survivor — and the merged account's link stays where it was,
     * inert and readable, and is named in the {@link AccountLinksMoved} audit line.
     */
    public void moveToSurvivor(UUID mergedId, UUID survivorId, String survivorLogin, String actor) {
        List<AppLink> moved = new java.util.ArrayList<>();
        List<AppLink> leftBehind = new java.util.ArrayList<>();
        for (AppLink link : links.search(mergedId, null, null, 1000)) {
            if (links.byAccount(survivorId, link.applicationCode()).isPresent()) {
                leftBehind.add(link);
            } else if (links.reassign(link.id(), survivorId)) {
                moved.add(link);
            }
        }
        if (!moved.isEmpty() || !leftBehind.isEmpty()) {
            events.publishEvent(new AccountLinksMoved(mergedId, survivorId, survivorLogin, moved, leftBehind, actor));
        }
    }

    public ReleaseRule releaseRule(String applicationCode) {
        ReleaseRule rule = releaseRules.get().get(applicationCode);
        return rule != null ? rule : ReleaseRule.defaultFor(applicationCode);
    }

    public List<ReleaseRule> releaseRules() {
        return List.copyOf(releaseRules.get().values());
    }

    /** Stores the rule; a blank claim name means {@value ReleaseRule#DEFAULT_CLAIM}. */
    public ReleaseRule setReleaseRule(ReleaseRule rule) {
        String claim = claimName(rule.claimName());
        if (rule.release() == null) {
            throw new InvalidInputException("release", "link.release.invalid");
        }
        ReleaseRule stored = new ReleaseRule(rule.applicationCode(), rule.release(), rule.linkRequired(), claim,
                rule.asPreferredUsername());
        rules.save(stored);
        caches.changed("linking.release-rules");
        return stored;
    }

    /** The claim carrying the linked name as it will be stored: the default when empty, not one of the standard claims. */
    public static String claimName(String input) {
        String claim = input == null || input.isBlank() ? ReleaseRule.DEFAULT_CLAIM : input.strip();
        if (!CLAIM_NAME.matcher(claim).matches() || RESERVED_CLAIMS.contains(claim)) {
            throw new InvalidInputException("claimName", "link.claim-name.invalid");
        }
        return claim;
    }

    /** The application account name as it will be stored: NFC, trimmed, 1–200 characters, no markup. */
    public static String applicationAccount(String input) {
        String name = input == null ? "" : Normalizer.normalize(input, Normalizer.Form.NFC).strip();
        if (name.isEmpty()) {
            throw new InvalidInputException("applicationAccount", "link.account.required");
        }
        if (name.length() > 200) {
            throw new InvalidInputException("applicationAccount", "link.account.too-long", 200);
        }
        if (MARKUP_OR_CONTROL.matcher(name).find()) {
            throw new InvalidInputException("applicationAccount", "link.account.invalid");
        }
        return name;
    }

    private void refuseClash(OfficialAccount official, String applicationCode, String name, String actor) {
        if (links.byAccount(official.id(), applicationCode).isPresent()) {
            events.publishEvent(new LinkClaimRefused(official.id(), official.email().value(), applicationCode, name,
                    "ALREADY_LINKED", actor));
            throw new ConflictException("link.already-linked", applicationCode);
        }
        if (links.byApplicationAccount(applicationCode, name).isPresent()) {
            events.publishEvent(new LinkClaimRefused(official.id(), official.email().value(), applicationCode, name,
                    "NAME_CLAIMED", actor));
            throw new ConflictException("link.name-claimed", name, applicationCode);
        }
    }

    private String emailOf(UUID accountId) {
        return directory.findOfficial(accountId).map(o -> o.email().value()).orElse(null);
    }
}
