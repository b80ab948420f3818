package vn.dangnhap.broker.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dangnhap.admin.AdminMenuEntry;

/** This module's section of the console. */
@Configuration(proxyBeanMethods = false)
class BrokerAdminMenu {

    @Bean
    AdminMenuEntry identityProvidersSection() {
        return new AdminMenuEntry("/admin/identity-providers", "admin.nav.identity-providers", 90);
    }
}
