package vn.dangnhap.login.internal;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dangnhap.shared.AccountKind;
import vn.dangnhap.web.AccountMenuEntry;

/** This module's self-service page in the navigation of the account pages. */
@Configuration(proxyBeanMethods = false)
class PasswordAccountMenu {

    @Bean
    AccountMenuEntry passwordAccountPage() {
        return new AccountMenuEntry("/account/password", "account.nav.password", 20, Set.of(AccountKind.OFFICIAL));
    }
}
