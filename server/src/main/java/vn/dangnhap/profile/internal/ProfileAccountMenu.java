package vn.dangnhap.profile.internal;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dangnhap.shared.AccountKind;
import vn.dangnhap.web.AccountMenuEntry;

/** This module's self-service page in the navigation of the account pages. */
@Configuration(proxyBeanMethods = false)
class ProfileAccountMenu {

    @Bean
    AccountMenuEntry profileAccountPage() {
        return new AccountMenuEntry("/account/profile", "account.nav.profile", 10, Set.of(AccountKind.OFFICIAL));
    }
}
