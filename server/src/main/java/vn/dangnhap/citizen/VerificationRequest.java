package vn.dangnhap.citizen;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.dangnhap.shared.InvalidInputException;

/**
 * What a citizen sends to prove a legacy account: the CCCD, the old CMND if any, the full name as on
 * the card, and the consent to send them to the National Population Database. Parsed once at the
 * edge; bad input never reaches the registry.
 */
public record VerificationRequest(Cccd cccd, Cmnd cmnd, String fullName) {

    public static final int MAX_NAME_LENGTH = 200;

    /** The outcome of parsing a form: the request, or the message for each field at fault (in form order). */
    public record Parsed(VerificationRequest request, Map<String, InvalidInputException> errors) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public static Parsed parse(String cccd, String cmnd, String fullName, boolean consent) {
        Map<String, InvalidInputException> errors = new LinkedHashMap<>();
        Cccd pin = null;
        Cmnd oldCard = null;
        String name = null;
        try {
            pin = Cccd.parse("cccd", cccd);
        } catch (InvalidInputException e) {
            errors.put("cccd", e);
        }
        try {
            oldCard = Cmnd.parseOptional("cmnd", cmnd);
            if (oldCard != null && oldCard.value().length() != 9) {
                // The registry matches the 9-digit card; a 12-digit "CMND" is the CCCD typed twice.
                throw new InvalidInputException("cmnd", "cmnd.length", oldCard.value().length());
            }
        } catch (InvalidInputException e) {
            errors.put("cmnd", e);
        }
        try {
            name = fullName(fullName);
        } catch (InvalidInputException e) {
            errors.put("fullName", e);
        }
        if (!consent) {
            errors.put("consent", new InvalidInputException("consent", "citizen.consent.required"));
        }
        return new Parsed(errors.isEmpty() ? new VerificationRequest(pin, oldCard, name) : null, java.util.Collections.unmodifiableMap(errors));
    }

    /** Spaces collapsed; letters (with diacritics), spaces, hyphens, apostrophes and dots only. */
    static String fullName(String typed) {
        String name = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            throw new InvalidInputException("fullName", "citizen.full-name.required");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("fullName", "citizen.full-name.too-long", MAX_NAME_LENGTH);
        }
        if (!name.matches("[\\p{L}\\p{M}][\\p{L}\\p{M} .'-]*")) {
            throw new InvalidInputException("fullName", "citizen.full-name.letters");
        }
        return name;
    }
}
