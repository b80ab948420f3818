package vn.dangnhap.entry.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.dangnhap.citizen.CitizenAccount;
import vn.dangnhap.directory.AppAudience;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.OfficialAccount;
import vn.dangnhap.directory.OrganisationUnit;
import vn.dangnhap.entry.ReleasedIdentity;
import vn.dangnhap.linking.ReleaseRule;
import vn.dangnhap.login.Account;
import vn.dangnhap.shared.AccountKind;

/**
 * What an admitted application is told about the account: one rule for every protocol. The
 * release rule (module linking) decides between the central e-mail and the linked account name;
 * the audience setting (module directory) whether a citizen's proven number is released.
 */
@Component
public class IdentityRelease {

    private final Directory directory;

    IdentityRelease(Directory directory) {
        this.directory = directory;
    }

    public ReleasedIdentity of(Account account, AppAudience audience, ReleaseRule rule, Optional<String> link) {
        Optional<String> linked = rule.release().linkedName() ? link : Optional.empty();
        // The linked name is the principal when it is all the application gets, or when asked for.
        boolean linkedIsPrincipal = linked.isPresent() && (!rule.release().email() || rule.asPreferredUsername());
        return switch (account) {
            case Account.Official o -> official(o.account(), rule, linked, linkedIsPrincipal);
            case Account.Citizen c -> citizen(c.account(), audience, rule, linked, linkedIsPrincipal);
        };
    }

    private ReleasedIdentity official(OfficialAccount official, ReleaseRule rule, Optional<String> linked,
                                      boolean linkedIsPrincipal) {
        String email = rule.release().email() ? official.email().value() : null;
        String principal = linkedIsPrincipal ? linked.get() : email != null ? email : official.id().toString();
        String unitName = directory.findUnit(official.unitCode()).map(OrganisationUnit::name).orElse(null);
        return new ReleasedIdentity(AccountKind.OFFICIAL, official.id().toString(), principal, official.fullName(),
                // The province issues official mailboxes itself: the address is verified by construction.
                email, email != null,
                official.phone() == null ? null : official.phone().e164(), official.phoneVerified(),
                official.unitCode(), unitName, official.roles().stream().sorted().toList(),
                linked.orElse(null), rule.claimName(), null, null, null, official.updatedAt());
    }

    private static ReleasedIdentity citizen(CitizenAccount citizen, AppAudience audience, ReleaseRule rule,
                                            Optional<String> linked, boolean linkedIsPrincipal) {
        String principal = linkedIsPrincipal ? linked.get()
                : citizen.username() != null ? citizen.username() : citizen.id().toString();
        // Typed by the citizen or carried over from an old portal: nobody proved e-mail or phone.
        String email = rule.release().email() && !isBlank(citizen.email()) ? citizen.email() : null;
        String phone = isBlank(citizen.phone()) ? null : citizen.phone();
        String number = citizen.verified() && audience.releasePersonalIdentifier() ? citizen.verifiedPin().value() : null;
        return new ReleasedIdentity(AccountKind.CITIZEN, citizen.id().toString(), principal, citizen.fullName(),
                email, false, phone, false, null, null, null, linked.orElse(null), rule.claimName(),
                citizen.verified(), citizen.birthDate(), number, null);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
