package vn.dangnhap.demo.internal;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangnhap.citizen.CitizenAccount;
import vn.dangnhap.citizen.CitizenAccounts;
import vn.dangnhap.citizen.Cccd;
import vn.dangnhap.citizen.Cmnd;
import vn.dangnhap.credential.PasswordCredentials;

/**
 * Legacy citizen accounts of the demo (as an old public-service portal left them), consistent with
 * the people of the sandbox registry and VNeID (docs/citizens.md): user name and the demo password;
 * the numbers they typed back then are <em>claimed</em>, not proven.
 */
@Component
@Profile("demo")
@Order(1)
class DemoCitizens implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCitizens.class);

    record Citizen(String username, String fullName, LocalDate birthDate, String claimedPin, String cmnd,
                   String verifiedPin, String note) {}

    static final List<Citizen> CITIZENS = List.of(
            new Citizen("hoa.nguyen", "Nguyễn Thị Hoa", LocalDate.of(1995, 3, 14), "079195012345", null, null,
                    "chưa xác thực; dữ liệu khớp với CSDL dân cư"),
            new Citizen("binh.tran", "Trần Văn Bình", LocalDate.of(1990, 7, 2), "001090004321", "012345678", null,
                    "chưa xác thực; có CMND cũ"),
            new Citizen("chau.le", "Lê Minh Chao", null, "048203000777", null, null,
                    "chưa xác thực; họ tên gõ sai (đúng: Lê Minh Châu)"),
            new Citizen("dung.pham", "Phạm Thị Dung", LocalDate.of(1985, 1, 9), null, "162345678", "036185001234",
                    "đã xác thực"));

    private final CitizenAccounts accounts;
    private final PasswordCredentials passwords;
    private final TransactionTemplate transaction;
    private final String demoPassword;

    DemoCitizens(CitizenAccounts accounts, PasswordCredentials passwords, TransactionTemplate transaction,
                 @Value("${dangnhap.demo.password:Demo@2026}") String demoPassword) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.transaction = transaction;
        this.demoPassword = demoPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.findByUsername(CITIZENS.getFirst().username()).isPresent()) {
            return;
        }
        transaction.executeWithoutResult(status -> load());
        StringBuilder text = new StringBuilder("\n  Demo citizens (legacy portal accounts, password ").append(demoPassword)
                .append("; docs/citizens.md):\n");
        CITIZENS.forEach(c -> text.append(String.format("    %-12s %-16s %s%n", c.username(), c.fullName(), c.note())));
        log.info(text.toString());
    }

    private void load() {
        String hash = passwords.hash(demoPassword);
        for (Citizen c : CITIZENS) {
            CitizenAccount account = accounts.createLegacy(c.username(), c.fullName(), c.birthDate(),
                    c.claimedPin() == null ? null : new Cccd(c.claimedPin()), c.cmnd() == null ? null : new Cmnd(c.cmnd()),
                    null, null);
            passwords.setPasswordHash(account.id(), hash);
            if (c.verifiedPin() != null) {
                accounts.markVerified(account.id(), new Cccd(c.verifiedPin()), null, null, null, "REGISTRY");
            }
        }
    }
}
