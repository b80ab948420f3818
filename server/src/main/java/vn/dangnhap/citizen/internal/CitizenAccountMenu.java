package vn.dangnhap.citizen.internal;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dangnhap.shared.AccountKind;
import vn.dangnhap.web.AccountMenuEntry;

/** This module's self-service page in the navigation of the account pages. */
@Configuration(proxyBeanMethods = false)
class CitizenAccountMenu {

    @Bean
    AccountMenuEntry citizenAccountPage() {
        return new AccountMenuEntry("/account/citizen", "account.nav.citizen", 10, Set.of(AccountKind.CITIZEN));
    }
}
