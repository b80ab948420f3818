package vn.dangnhap.demo.internal;

import java.util.Comparator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangnhap.credential.PasswordCredentials;
import vn.dangnhap.directory.AccessRules;
import vn.dangnhap.directory.AppAccessRule;
import vn.dangnhap.directory.AppAudience;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.LoginNames;
import vn.dangnhap.directory.OfficialInput;
import vn.dangnhap.directory.UnitInput;
import vn.dangnhap.directory.ApplicationCatalogue;
import vn.dangnhap.directory.ApplicationInput;

/** Loads {@link DemoData} into an empty directory and prints the demo logins once started. */
@Component
@Profile("demo")
@org.springframework.core.annotation.Order(0) // before the bootstrap-admin check, which then finds the demo admin
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final Directory directory;
    private final PasswordCredentials passwords;
    private final ApplicationCatalogue catalogue;
    private final AccessRules access;
    private final LoginNames loginNames;
    private final TransactionTemplate transaction;
    private final String demoPassword;

    DemoDataLoader(Directory directory, PasswordCredentials passwords, ApplicationCatalogue catalogue,
                   AccessRules access, LoginNames loginNames, TransactionTemplate transaction,
                   @Value("${dangnhap.demo.password:Demo@2026}") String demoPassword) {
        this.directory = directory;
        this.passwords = passwords;
        this.catalogue = catalogue;
        this.access = access;
        this.loginNames = loginNames;
        this.transaction = transaction;
        this.demoPassword = demoPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!directory.units().isEmpty()) {
            log.info("Demo data: the directory is not empty, nothing loaded.");
            return;
        }
        transaction.executeWithoutResult(status -> load());
        log.info("Demo data loaded: {} units, {} officials, {} applications.",
                DemoData.UNITS.size(), DemoData.OFFICIALS.size(), DemoData.APPS.size() + DemoData.CITIZEN_APPS.size());
    }

    private void load() {
        DemoData.UNITS.forEach(u -> directory.createUnit(new UnitInput(u.code(), u.name(), u.kind(), u.parent())));
        // One hash for all demo accounts: Argon2id is deliberately slow, and they share one password.
        String hash = passwords.hash(demoPassword);
        for (DemoData.Official o : DemoData.OFFICIALS) {
            var official = directory.createOfficial(new OfficialInput(
                    o.localPart() + "@" + loginNames.defaultDomain(), o.fullName(), o.phone(), o.unit(), o.roles()));
            passwords.setPasswordHash(official.id(), hash);
        }
        int order = 10;
        for (DemoData.App a : DemoData.APPS) {
            catalogue.create(new ApplicationInput(a.code(), a.name(), a.description(), a.icon(),
                    "https://" + a.code() + "." + loginNames.defaultDomain() + "/", order));
            access.replaceRules(a.code(), a.accessRules().stream().map(AppAccessRule::parse).toList());
            order += 10;
        }
        for (DemoData.CitizenApp a : DemoData.CITIZEN_APPS) {
            catalogue.create(new ApplicationInput(a.code(), a.name(), a.description(), a.icon(),
                    "https://" + a.code() + "." + loginNames.defaultDomain() + "/", order));
            access.replaceRules(a.code(), a.officialRules().stream().map(AppAccessRule::parse).toList());
            access.setAudience(a.code(), new AppAudience(AppAudience.Audience.valueOf(a.audience()), a.verifiedOnly(),
                    a.releasePersonalIdentifier()));
            order += 10;
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void printLogins(ApplicationReadyEvent ready) {
        Environment env = ready.getApplicationContext().getEnvironment();
        String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        StringBuilder text = new StringBuilder()
                .append("\n\n  Dangnhap is running: http://localhost:").append(port).append("/\n")
                .append("  Demo logins (password for all: ").append(demoPassword).append("):\n");
        DemoData.OFFICIALS.stream()
                .sorted(Comparator.comparing((DemoData.Official o) -> !o.roles().contains("ADMIN")))
                .limit(6)
                .forEach(o -> text.append(String.format("    %-14s %-22s %s%n", o.localPart(), o.fullName(), o.roles())));
        text.append("    … and ").append(DemoData.OFFICIALS.size() - 6).append(" more (see /admin).\n")
                .append("  Type only the part before @").append(loginNames.defaultDomain()).append(".\n");
        log.info(text.toString());
    }
}
