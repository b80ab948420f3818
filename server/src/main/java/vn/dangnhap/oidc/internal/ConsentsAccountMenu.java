package vn.dangnhap.oidc.internal;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dangnhap.shared.AccountKind;
import vn.dangnhap.web.AccountMenuEntry;

/** This module's self-service page in the navigation of the account pages. */
@Configuration(proxyBeanMethods = false)
class ConsentsAccountMenu {

    @Bean
    AccountMenuEntry consentsAccountPage() {
        return new AccountMenuEntry("/account/consents", "account.nav.consents", 40, Set.of(AccountKind.OFFICIAL, AccountKind.CITIZEN));
    }
}
