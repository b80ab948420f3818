package vn.dangnhap.linking.internal;

import vn.dangnhap.admin.AdminChanges;
import vn.dangnhap.admin.ActingAdmin;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.EmailAddress;
import vn.dangnhap.directory.OfficialAccount;
import vn.dangnhap.linking.AccountLinks;
import vn.dangnhap.linking.AppLink;
import vn.dangnhap.linking.ReleaseRule;
import vn.dangnhap.directory.Application;
import vn.dangnhap.directory.ApplicationCatalogue;
import vn.dangnhap.shared.InvalidInputException;
import vn.dangnhap.shared.NotFoundException;

/**
 * What the console and the admin API do with account links: the application code is checked
 * against the catalogue and the official found by e-mail here, then {@link AccountLinks} decides;
 * its events write the audit lines (with the administrator's e-mail as the actor).
 */
@Service
class LinkAdministration {

    /** A link as administrators see it: with the official's e-mail and the application's name. */
    record LinkRow(AppLink link, String email, String applicationName) {}

    private final AccountLinks links;
    private final Directory directory;
    private final ApplicationCatalogue catalogue;
    private final AdminChanges changes;

    LinkAdministration(AccountLinks links, Directory directory, ApplicationCatalogue catalogue, AdminChanges changes) {
        this.links = links;
        this.changes = changes;
        this.directory = directory;
        this.catalogue = catalogue;
    }

    List<LinkRow> search(String email, String application, AppLink.Status status) {
        UUID accountId = email == null || email.isBlank() ? null : official(email).id();
        String code = application == null || application.isBlank() ? null : application(application).code();
        return rows(links.search(accountId, code, status));
    }

    List<LinkRow> linksOf(UUID accountId) {
        return rows(links.linksOf(accountId));
    }

    LinkRow create(ActingAdmin actor, String email, String application, String applicationAccount) {
        OfficialAccount official = official(email);
        Application app = application(application);
        return row(links.create(official.id(), app.code(), applicationAccount, AppLink.Origin.ADMIN, actor.email()));
    }

    LinkRow create(ActingAdmin actor, UUID accountId, String application, String applicationAccount) {
        Application app = application(application);
        return row(links.create(directory.official(accountId).id(), app.code(), applicationAccount, AppLink.Origin.ADMIN,
                actor.email()));
    }

    LinkRow approve(ActingAdmin actor, UUID id) {
        return row(links.confirm(id, actor.email()));
    }

    void refuse(ActingAdmin actor, UUID id) {
        links.refuse(id, actor.email());
    }

    void remove(ActingAdmin actor, UUID id) {
        links.link(id);
        links.remove(id, actor.email());
    }

    List<Application> applications() {
        return catalogue.all();
    }

    List<ReleaseRule> rules() {
        return links.releaseRules();
    }

    ReleaseRule rule(String application) {
        return links.releaseRule(application(application).code());
    }

    ReleaseRule setRule(ActingAdmin actor, String application, ReleaseRule.Release release, boolean linkRequired,
                        String claimName, boolean asPreferredUsername) {
        Application app = application(application);
        ReleaseRule rule = links.setReleaseRule(new ReleaseRule(app.code(),
                release == null ? ReleaseRule.Release.EMAIL : release, linkRequired, claimName, asPreferredUsername));
        changes.record(actor, "RELEASE_RULE_CHANGED", app.code(), rule.release() + (rule.linkRequired() ? ", link required" : "")
                + ", claim " + rule.claimName() + (rule.asPreferredUsername() ? ", as preferred_username" : ""));
        return rule;
    }

    private OfficialAccount official(String email) {
        EmailAddress address;
        try {
            address = EmailAddress.parse(email);
        } catch (RuntimeException e) {
            throw new InvalidInputException("email", "official.not-found");
        }
        return directory.findOfficial(address).orElseThrow(() -> new NotFoundException("official.not-found"));
    }

    private Application application(String code) {
        return catalogue.application(code);
    }

    private List<LinkRow> rows(List<AppLink> found) {
        Map<String, String> names = catalogue.all().stream()
                .collect(Collectors.toMap(Application::code, Application::name, (a, b) -> a));
        return found.stream().map(l -> new LinkRow(l, email(l.accountId()), names.getOrDefault(l.applicationCode(),
                l.applicationCode()))).toList();
    }

    private LinkRow row(AppLink link) {
        return rows(List.of(link)).getFirst();
    }

    private String email(UUID accountId) {
        return directory.findOfficial(accountId).map(o -> o.email().value()).orElse(null);
    }

}
