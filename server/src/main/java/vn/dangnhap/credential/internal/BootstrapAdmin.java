package vn.dangnhap.credential.internal;

import vn.dangnhap.admin.AdminChanges;
import vn.dangnhap.admin.ActingAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangnhap.credential.PasswordCredentials;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.OfficialAccount;
import vn.dangnhap.directory.OfficialInput;
import vn.dangnhap.directory.UnitInput;
import vn.dangnhap.directory.UnitKind;
import vn.dangnhap.shared.ClientInfo;

/**
 * The first administrator of an installation without demo data. When no official holds the
 * {@code ADMIN} role and {@code DANGNHAP_BOOTSTRAP_ADMIN_EMAIL} / {@code …_PASSWORD} are set,
 * creates that administrator (in a root unit created for it if the directory is empty) with the
 * password as a default password: it must be changed at the first login, under the password
 * rules. Once an administrator exists the variables are ignored, and the log says so.
 */
@Component
@Order(10) // after the demo data, which brings its own administrator
class BootstrapAdmin implements ApplicationRunner {

    static final String ADMIN_ROLE = "ADMIN";
    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    /**
     * {@code dangnhap.bootstrap.admin.*} — environment {@code DANGNHAP_BOOTSTRAP_ADMIN_EMAIL},
     * {@code DANGNHAP_BOOTSTRAP_ADMIN_PASSWORD}, and optionally the root unit it is placed in.
     */
    @ConfigurationProperties("dangnhap.bootstrap.admin")
    record Settings(String email, String password, String fullName, String unitCode, String unitName) {

        boolean given() {
            return email != null && !email.isBlank() && password != null && !password.isBlank();
        }
    }

    private final Settings settings;
    private final Directory directory;
    private final PasswordCredentials passwords;
    private final AdminChanges changes;
    private final TransactionTemplate transaction;

    BootstrapAdmin(Settings settings, Directory directory, PasswordCredentials passwords, AdminChanges changes,
                   TransactionTemplate transaction) {
        this.settings = settings;
        this.directory = directory;
        this.passwords = passwords;
        this.changes = changes;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (directory.officialsWithRole(ADMIN_ROLE) > 0) {
            if (settings.given()) {
                log.info("An administrator exists: DANGNHAP_BOOTSTRAP_ADMIN_EMAIL / _PASSWORD are ignored (remove them).");
            }
            return;
        }
        if (!settings.given()) {
            log.warn("No administrator exists yet. To create the first one, start once with the environment variables "
                    + "DANGNHAP_BOOTSTRAP_ADMIN_EMAIL and DANGNHAP_BOOTSTRAP_ADMIN_PASSWORD (the password must be changed "
                    + "at the first login). See docs/install.md.");
            return;
        }
        OfficialAccount admin = transaction.execute(status -> create());
        log.info("Created the first administrator {}; the bootstrap password must be changed at the first login.",
                admin.email());
    }

    private OfficialAccount create() {
        String unitCode = blankOr(settings.unitCode(), "QUAN_TRI");
        if (directory.findUnit(unitCode).isEmpty()) {
            directory.createUnit(new UnitInput(unitCode, blankOr(settings.unitName(), "Quản trị hệ thống"),
                    directory.units().isEmpty() ? UnitKind.PROVINCE : UnitKind.OFFICE,
                    directory.units().isEmpty() ? null : rootUnitCode()));
        }
        OfficialAccount admin = directory.createOfficial(new OfficialInput(settings.email(),
                blankOr(settings.fullName(), "Quản trị hệ thống"), null, unitCode, java.util.List.of(ADMIN_ROLE)));
        passwords.setDefaultPassword(admin.id(), settings.password());
        changes.record(ActingAdmin.system("bootstrap"), "BOOTSTRAP_ADMIN_CREATED", null,
                admin.email().value());
        return admin;
    }

    private String rootUnitCode() {
        return directory.units().stream().filter(u -> u.parentCode() == null).findFirst().orElseThrow().code();
    }

    private static String blankOr(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
