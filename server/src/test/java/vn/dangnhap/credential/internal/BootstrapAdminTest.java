package vn.dangnhap.credential.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangnhap.audit.AuditLog;
import vn.dangnhap.audit.AuditQuery;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.EmailAddress;
import vn.dangnhap.testsupport.FormClient;

/**
 * An installation without demo data gets its first administrator from the bootstrap variables,
 * who must change that password at the first login; once an administrator exists the variables
 * are ignored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:bootstrap-admin;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "dangnhap.bootstrap.admin.email=quantri@demo.gov.vn",
        "dangnhap.bootstrap.admin.password=Khoi-tao-2026"})
class BootstrapAdminTest {

    @LocalServerPort
    int port;
    @Autowired
    Directory directory;
    @Autowired
    AuditLog audit;
    @Autowired
    BootstrapAdmin bootstrap;

    @Test
    void createsTheFirstAdministratorWhoMustChangeThePasswordAtFirstLogin() {
        var admin = directory.findOfficial(EmailAddress.parse("quantri@demo.gov.vn")).orElseThrow();
        assertThat(admin.roles()).contains("ADMIN");
        assertThat(directory.officialCount()).isEqualTo(1); // no demo data outside the demo profile

        HttpResponse<String> login = new FormClient(port).logIn("quantri", "Khoi-tao-2026");
        assertThat(login.headers().firstValue("Location").orElseThrow()).contains("/password/change");
        assertThat(audit.search(new AuditQuery("ADMIN_CHANGE", null, null, null, null, 20)))
                .anyMatch(e -> "BOOTSTRAP_ADMIN_CREATED".equals(e.reason()));
    }

    @Test
    void theVariablesAreIgnoredOnceAnAdministratorExists() throws Exception {
        bootstrap.run(null);
        assertThat(directory.officialsWithRole("ADMIN")).isEqualTo(1);
        assertThat(directory.officialCount()).isEqualTo(1);
    }
}
