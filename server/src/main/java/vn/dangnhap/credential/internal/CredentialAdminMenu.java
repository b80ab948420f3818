package vn.dangnhap.credential.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dangnhap.admin.AdminMenuEntry;
import vn.dangnhap.directory.Directory;

/** The console's section for officials' accounts. */
@Configuration(proxyBeanMethods = false)
class CredentialAdminMenu {

    @Bean
    AdminMenuEntry officialsSection(Directory directory) {
        return new AdminMenuEntry("/admin/officials", "admin.nav.officials", 20, directory::officialCount);
    }
}
