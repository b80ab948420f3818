package vn.dangnhap.entry;

import vn.dangnhap.directory.ApplicationCatalogue;
import vn.dangnhap.directory.Application;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import vn.dangnhap.directory.AccessRules;
import vn.dangnhap.directory.AccountStatus;
import vn.dangnhap.directory.AppAccessRule;
import vn.dangnhap.directory.AppAudience;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.UnitTree;
import vn.dangnhap.entry.internal.IdentityRelease;
import vn.dangnhap.linking.AccountLinks;
import vn.dangnhap.linking.ReleaseRule;
import vn.dangnhap.login.Account;
import vn.dangnhap.shared.ClientInfo;

/**
 * THE decision: may this account enter this application now, and what is the application told?
 * Asked by the portal (tiles and {@code /launch}), OpenID Connect (authorization, every token
 * issued for a person — code exchange and refresh — and UserInfo) and CAS ({@code /cas/login} and
 * ticket validation); they only format the answer. In order:
 * <ol>
 *   <li>the application exists ({@link RefusalReason#NO_APPLICATION}) and is enabled;</li>
 *   <li>the account, read fresh from its store, is active (not locked, disabled or merged);</li>
 *   <li>the application is for this kind of account (its {@link AppAudience}); a citizen's number is
 *       proven if the application asks;</li>
 *   <li>an official is admitted by one of the application's access rules — a rule for a unit covers the
 *       units below it; no rule admits nobody (deny by default);</li>
 *   <li>a link the application requires exists and is active ({@link RefusalReason#LINK_MISSING});</li>
 * </ol>
 * then the identity the release rule allows is released ({@link ReleasedIdentity}). Everything is
 * read from memory but the account and, when the release rule needs it, the link: one or two
 * indexed queries per decision.
 */
@Service
public class ApplicationEntry {

    private static final char[] REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final ApplicationCatalogue catalogue;
    private final AccessRules access;
    private final Directory directory;
    private final AccountLinks links;
    private final IdentityRelease release;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    ApplicationEntry(ApplicationCatalogue catalogue, AccessRules access, Directory directory, AccountLinks links,
                     IdentityRelease release, ApplicationEventPublisher events) {
        this.catalogue = catalogue;
        this.access = access;
        this.directory = directory;
        this.links = links;
        this.release = release;
        this.events = events;
    }

    /** The decision alone: nothing is recorded (see {@link #enter}). */
    public Entry decide(Account account, String applicationCode) {
        Optional<Application> found = catalogue.find(applicationCode);
        if (found.isEmpty()) {
            return new Entry.Refused(applicationCode, null, RefusalReason.NO_APPLICATION, null);
        }
        Application app = found.get();
        AppAudience audience = access.audience(app.code());
        Optional<RefusalReason> refusal = admission(account, app, audience, directory.unitTree());
        if (refusal.isPresent()) {
            return new Entry.Refused(app.code(), app.name(), refusal.get(), null);
        }
        ReleaseRule rule = links.releaseRule(app.code());
        Optional<String> link = rule.linkRequired() || rule.release().linkedName()
                ? links.linkedName(account.id(), app.code()) : Optional.empty();
        if (rule.linkRequired() && link.isEmpty()) {
            return new Entry.Refused(app.code(), app.name(), RefusalReason.LINK_MISSING, null);
        }
        return new Entry.Admitted(app, release.of(account, audience, rule, link));
    }

    /**
     * The decision, with a refusal recorded: a reference code is drawn, shown to the person (or sent
     * to the client) and written with the {@link EntryRefused} audit line.
     *
     * @param client where the request came from; null when there is no request
     */
    public Entry enter(Account account, String applicationCode, EntryProtocol protocol, ClientInfo client) {
        Entry entry = decide(account, applicationCode);
        if (entry instanceof Entry.Refused refused) {
            return record(account, refused, protocol, client, null);
        }
        return entry;
    }

    /**
     * Records a refusal that a protocol found before any application was known (an unregistered CAS
     * service URL, a switched-off registration), so it looks and is audited like every other one.
     *
     * @param account the signed-in account, or null
     * @param detail  protocol detail for the audit line, e.g. the service URL
     */
    public Entry.Refused refuse(Account account, String applicationCode, RefusalReason reason, EntryProtocol protocol,
                                ClientInfo client, String detail) {
        String name = catalogue.find(applicationCode).map(Application::name).orElse(null);
        return record(account, new Entry.Refused(applicationCode, name, reason, null), protocol, client, detail);
    }

    /**
     * Why a client acting for itself (OAuth client credentials) may not, if it may not: it must
     * belong to an application, and the application must be enabled.
     */
    public Optional<RefusalReason> refusalForClient(String applicationCode) {
        Optional<Application> app = catalogue.find(applicationCode);
        if (app.isEmpty()) {
            return Optional.of(RefusalReason.NO_APPLICATION);
        }
        return app.get().enabled() ? Optional.empty() : Optional.of(RefusalReason.APPLICATION_DISABLED);
    }

    /**
     * The applications whose tiles the account sees: those it may enter, and those it could enter but
     * for a missing account link (the click then explains how to link). No link is read.
     */
    public List<Application> tiles(Account account) {
        UnitTree tree = directory.unitTree();
        return catalogue.enabled().stream()
                .filter(app -> admission(account, app, access.audience(app.code()), tree).isEmpty())
                .toList();
    }

    /** Steps 1–4: everything but the link. */
    private Optional<RefusalReason> admission(Account account, Application app, AppAudience audience, UnitTree tree) {
        if (!app.enabled()) {
            return Optional.of(RefusalReason.APPLICATION_DISABLED);
        }
        return switch (account) {
            case Account.Official o -> {
                if (o.account().status() == AccountStatus.LOCKED) {
                    yield Optional.of(RefusalReason.ACCOUNT_LOCKED);
                }
                if (o.account().status() != AccountStatus.ACTIVE) {
                    yield Optional.of(RefusalReason.ACCOUNT_DISABLED);
                }
                if (!audience.audience().officials()) {
                    yield Optional.of(RefusalReason.CITIZENS_ONLY);
                }
                List<AppAccessRule> rules = access.rules(app.code());
                yield rules.stream().anyMatch(rule -> rule.matches(o.account(), tree))
                        ? Optional.empty() : Optional.of(RefusalReason.NOT_ALLOWED);
            }
            case Account.Citizen c -> switch (c.account().status()) {
                case DISABLED -> Optional.of(RefusalReason.ACCOUNT_DISABLED);
                case MERGED -> Optional.of(RefusalReason.ACCOUNT_MERGED);
                case ACTIVE -> switch (audience.forCitizen(c.account().verified())) {
                    case ALLOWED -> Optional.empty();
                    case OFFICIALS_ONLY -> Optional.of(RefusalReason.OFFICIALS_ONLY);
                    case VERIFICATION_REQUIRED -> Optional.of(RefusalReason.VERIFICATION_REQUIRED);
                };
            };
        };
    }

    private Entry.Refused record(Account account, Entry.Refused refused, EntryProtocol protocol, ClientInfo client,
                                 String detail) {
        Entry.Refused recorded = new Entry.Refused(refused.applicationCode(), refused.applicationName(), refused.reason(),
                newReference());
        // The code may be whatever a client sent (an unknown client_id): kept short for the audit line.
        String code = refused.applicationCode() == null || refused.applicationCode().length() <= 40
                ? refused.applicationCode() : refused.applicationCode().substring(0, 40);
        events.publishEvent(new EntryRefused(account == null ? null : account.id(), account == null ? null : account.loginName(),
                code, protocol, refused.reason(), recorded.reference(), client, detail));
        return recorded;
    }

    private String newReference() {
        char[] reference = new char[8];
        for (int i = 0; i < reference.length; i++) {
            reference[i] = REFERENCE_ALPHABET[random.nextInt(REFERENCE_ALPHABET.length)];
        }
        return new String(reference);
    }
}
