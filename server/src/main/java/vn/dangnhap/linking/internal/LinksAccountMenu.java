package vn.dangnhap.linking.internal;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dangnhap.shared.AccountKind;
import vn.dangnhap.web.AccountMenuEntry;

/** This module's self-service page in the navigation of the account pages. */
@Configuration(proxyBeanMethods = false)
class LinksAccountMenu {

    @Bean
    AccountMenuEntry linksAccountPage() {
        return new AccountMenuEntry("/account/links", "account.nav.links", 30, Set.of(AccountKind.OFFICIAL, AccountKind.CITIZEN));
    }
}
