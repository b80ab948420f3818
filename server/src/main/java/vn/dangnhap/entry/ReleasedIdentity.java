package vn.dangnhap.entry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dangnhap.shared.AccountKind;

/**
 * Everything an admitted application may be told about the account, after its release rule and
 * audience setting: OpenID Connect turns it into claims (by granted scope), CAS into attributes —
 * formatting only. A field that is not released, or not known, is {@code null}.
 *
 * @param subject            the account id: OpenID Connect {@code sub}, stable for the account's life
 * @param principalName      the name the application knows the account by: CAS {@code <cas:user>} and
 *                           OIDC {@code preferred_username}. The linked account name when the release rule
 *                           releases it (alone, or "as preferred user name"), else the official's e-mail when
 *                           released, or the citizen's legacy user name; else the account id
 * @param email              the e-mail, when the release rule releases e-mail
 * @param emailVerified      officials' mailboxes are issued by the province (verified); citizens typed theirs
 * @param phoneNumber        E.164 for officials; as given for citizens
 * @param phoneNumberVerified true only after a one-time code proved the number
 * @param unitCode           officials only, like {@code unitName} and {@code roles}
 * @param linkedAccount      the active account link's name, when the release rule releases it
 * @param linkedAccountClaim the claim / attribute name that carries {@code linkedAccount}
 * @param citizenVerified    citizens only: the personal identification number is proven
 * @param birthDate          citizens only
 * @param personalIdentifier citizens only: the full proven number, when the application's audience releases it
 * @param updatedAt          officials only: when the account last changed
 */
public record ReleasedIdentity(
        AccountKind accountType,
        String subject,
        String principalName,
        String name,
        String email,
        boolean emailVerified,
        String phoneNumber,
        boolean phoneNumberVerified,
        String unitCode,
        String unitName,
        List<String> roles,
        String linkedAccount,
        String linkedAccountClaim,
        Boolean citizenVerified,
        LocalDate birthDate,
        String personalIdentifier,
        Instant updatedAt) {

    public ReleasedIdentity {
        roles = roles == null ? null : List.copyOf(roles);
    }

    /** {@code official} or {@code citizen}: the {@code account_type} claim and attribute. */
    public String accountTypeName() {
        return accountType == AccountKind.OFFICIAL ? "official" : "citizen";
    }
}
