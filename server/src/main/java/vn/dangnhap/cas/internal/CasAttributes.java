package vn.dangnhap.cas.internal;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dangnhap.entry.ReleasedIdentity;

/**
 * The entry decision's released identity as CAS Protocol 3.0 §2.5.2 {@code <cas:attributes>}:
 * the same names as the OpenID Connect claims, every released value (CAS has no scopes). The
 * principal ({@code <cas:user>}) is the identity's principal name; beside them, how the ticket's
 * login happened ({@link #authentication}). Formatting only.
 */
final class CasAttributes {

    private CasAttributes() {}

    static Map<String, List<String>> of(ReleasedIdentity identity) {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        attributes.put("account_type", List.of(identity.accountTypeName()));
        if (identity.citizenVerified() != null) {
            attributes.put("citizen_verified", List.of(identity.citizenVerified().toString()));
        }
        attributes.put("name", List.of(identity.name()));
        if (identity.email() != null) {
            attributes.put("email", List.of(identity.email()));
            attributes.put("email_verified", List.of(Boolean.toString(identity.emailVerified())));
        }
        if (identity.phoneNumber() != null) {
            attributes.put("phone_number", List.of(identity.phoneNumber()));
            attributes.put("phone_number_verified", List.of(Boolean.toString(identity.phoneNumberVerified())));
        }
        if (identity.birthDate() != null) {
            attributes.put("birthdate", List.of(identity.birthDate().toString()));
        }
        if (identity.unitCode() != null) {
            attributes.put("org_unit_code", List.of(identity.unitCode()));
            if (identity.unitName() != null) {
                attributes.put("org_unit_name", List.of(identity.unitName()));
            }
            attributes.put("roles", identity.roles());
        }
        if (identity.personalIdentifier() != null) {
            attributes.put("personal_identifier", List.of(identity.personalIdentifier()));
        }
        if (identity.linkedAccount() != null) {
            attributes.put(identity.linkedAccountClaim(), List.of(identity.linkedAccount()));
        }
        return attributes;
    }

    /**
     * CAS Protocol 3.0 §4.1.3 and the attributes Apereo CAS adds beside it, about how the ticket's
     * login happened: {@code isFromNewLogin} ({@code true} when the password was typed for this
     * ticket, not an open SSO session reused), {@code authenticationDate} (ISO-8601, UTC) and, only
     * for a login with "Ghi nhớ đăng nhập", {@code longTermAuthenticationRequestTokenUsed = true}.
     */
    static Map<String, List<String>> authentication(TicketStore.ServiceTicket ticket) {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        attributes.put("isFromNewLogin", List.of(Boolean.toString(ticket.fromNewLogin())));
        if (ticket.authenticatedAt() != null) {
            attributes.put("authenticationDate",
                    List.of(DateTimeFormatter.ISO_INSTANT.format(ticket.authenticatedAt().truncatedTo(ChronoUnit.MILLIS))));
        }
        if (ticket.rememberMe()) {
            attributes.put("longTermAuthenticationRequestTokenUsed", List.of("true"));
        }
        return attributes;
    }
}
