package vn.dangnhap.broker.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import vn.dangnhap.broker.ClaimMapping;
import vn.dangnhap.broker.IdentityProvider;
import vn.dangnhap.citizen.Cccd;
import vn.dangnhap.shared.InvalidInputException;

/**
 * Reads who signed in from the upstream claims, by the provider's {@link ClaimMapping}. The number
 * goes through {@link Cccd#parse}: bad upstream data stops the login with a clear message.
 */
final class EidClaims {

    private EidClaims() {}

    static EidIdentity read(IdentityProvider provider, UpstreamFlow.Verified verified) {
        ClaimMapping m = provider.mapping();
        Map<String, Object> claims = verified.claims();
        String typedPin = first(claims, m.pinClaims());
        Cccd pin;
        try {
            pin = Cccd.parse("pin", typedPin);
        } catch (InvalidInputException e) {
            throw new UpstreamLoginRefused("BAD_CLAIMS", "broker.error.claims", "personal identification number: " + e.messageKey());
        }
        String name = first(claims, m.nameClaims());
        if (name == null || name.isBlank()) {
            throw new UpstreamLoginRefused("BAD_CLAIMS", "broker.error.claims", "no full name");
        }
        if (name.strip().length() > 200) {
            throw new UpstreamLoginRefused("BAD_CLAIMS", "broker.error.claims", "full name too long");
        }
        return new EidIdentity(provider.alias(), verified.subject(), pin.value(), name.strip(), birthDate(m, claims),
                ial(m, claims), verified.idToken());
    }

    private static LocalDate birthDate(ClaimMapping m, Map<String, Object> claims) {
        if (m.birthDateClaim() == null || !(claims.get(m.birthDateClaim()) instanceof Object value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.toString().strip(), DateTimeFormatter.ofPattern(m.birthDateFormat()));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            // The birth date is informative; the number is what identifies.
            return null;
        }
    }

    private static Integer ial(ClaimMapping m, Map<String, Object> claims) {
        if (m.ialClaim() == null || !(claims.get(m.ialClaim()) instanceof Object value)) {
            return null;
        }
        String text = value.toString().strip();
        return text.matches("[0-9]{1,2}") ? Integer.valueOf(text) : null;
    }

    private static String first(Map<String, Object> claims, java.util.List<String> names) {
        for (String name : names) {
            Object value = claims.get(name);
            if (value != null && !value.toString().isBlank()) {
                return value.toString();
            }
        }
        return null;
    }
}
