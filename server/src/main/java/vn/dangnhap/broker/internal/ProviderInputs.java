package vn.dangnhap.broker.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dangnhap.broker.ClaimMapping;
import vn.dangnhap.broker.IdentityProvider;
import vn.dangnhap.broker.IdentityProviderInput;
import vn.dangnhap.shared.InvalidInputException;

/**
 * Checks a provider as typed (console, API or configuration file) and fills the VNeID preset.
 * Each error names its field: {@code alias}, {@code label}, {@code icon}, {@code issuer}, {@code clientId},
 * {@code clientSecret}, {@code scopes}, {@code pinClaims}, {@code nameClaims}, {@code birthDateFormat}.
 */
public final class ProviderInputs {

    public static final String VNEID = "vneid";
    private static final Pattern ALIAS = Pattern.compile("[a-z0-9][a-z0-9-]{1,31}");
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]{0,99})}");
    private static final Pattern CLAIM = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

    /** A checked provider and its secret as given: a plain secret to seal, or null when it is an environment reference or unchanged. */
    public record Checked(IdentityProvider provider, String plainSecret) {}

    private ProviderInputs() {}

    /** The VNeID preset as a form starts with it. */
    public static IdentityProviderInput vneidPreset() {
        ClaimMapping m = ClaimMapping.VNEID;
        return new IdentityProviderInput(VNEID, VNEID, "Đăng nhập bằng VNeID", "/icons/vneid.svg", "", "", "",
                "openid profile email", String.join(" ", m.pinClaims()), String.join(" ", m.nameClaims()),
                m.birthDateClaim(), m.birthDateFormat(), m.ialClaim(), false, true);
    }

    /**
     * @param secretRequired true on creation; on a change an empty secret keeps the stored one
     * @param source         {@code ENCRYPTED}/{@code ENV} for the console, {@code CONFIGURATION} for the file
     */
    public static Checked check(IdentityProviderInput raw, boolean secretRequired, boolean fromConfiguration) {
        IdentityProviderInput in = withPreset(raw);
        String alias = trim(in.alias()).toLowerCase(Locale.ROOT);
        // "attach" is a page of the e-ID login: /login/upstream/attach
        if (!ALIAS.matcher(alias).matches() || "attach".equals(alias)) {
            throw new InvalidInputException("alias", "broker.alias.format");
        }
        String label = required("label", in.label(), 100);
        String icon = trim(in.icon());
        if (!icon.isEmpty() && !(icon.matches("/[A-Za-z0-9/._-]{1,200}") || httpsUrl(icon))) {
            throw new InvalidInputException("icon", "broker.icon.format");
        }
        String issuer = required("issuer", in.issuer(), 500);
        if (!issuerUrl(issuer)) {
            throw new InvalidInputException("issuer", "broker.issuer.format");
        }
        issuer = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        String clientId = required("clientId", in.clientId(), 200);
        String secret = in.clientSecret() == null ? "" : in.clientSecret().strip();
        String secretSource;
        String reference = null;
        String plain = null;
        Matcher env = ENV_REFERENCE.matcher(secret);
        if (fromConfiguration) {
            if (secret.isEmpty()) {
                throw new InvalidInputException("clientSecret", "broker.secret.required");
            }
            secretSource = "CONFIGURATION";
        } else if (env.matches()) {
            secretSource = "ENV";
            reference = env.group(1);
        } else if (secret.isEmpty()) {
            if (secretRequired) {
                throw new InvalidInputException("clientSecret", "broker.secret.required");
            }
            secretSource = "UNCHANGED";
        } else {
            if (secret.length() > 500) {
                throw new InvalidInputException("clientSecret", "broker.secret.too-long", 500);
            }
            secretSource = "ENCRYPTED";
            plain = secret;
        }
        List<String> scopes = ProviderStore.words(in.scopes());
        if (!scopes.contains("openid")) {
            throw new InvalidInputException("scopes", "broker.scopes.openid");
        }
        List<String> pinClaims = claims("pinClaims", in.pinClaims(), true);
        List<String> nameClaims = claims("nameClaims", in.nameClaims(), true);
        String birthClaim = optionalClaim("birthDateClaim", in.birthDateClaim());
        String birthFormat = trim(in.birthDateFormat());
        if (birthClaim != null) {
            try {
                DateTimeFormatter.ofPattern(birthFormat.isEmpty() ? "invalid!" : birthFormat);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("birthDateFormat", "broker.birth-format.invalid");
            }
            if (birthFormat.isEmpty() || birthFormat.length() > 40) {
                throw new InvalidInputException("birthDateFormat", "broker.birth-format.invalid");
            }
        }
        String ialClaim = optionalClaim("ialClaim", in.ialClaim());
        ClaimMapping mapping = new ClaimMapping(pinClaims, nameClaims, birthClaim, birthClaim == null ? null : birthFormat, ialClaim);
        IdentityProvider provider = new IdentityProvider(alias, label, icon.isEmpty() ? null : icon, issuer, clientId,
                secretSource, reference, scopes, mapping, Boolean.TRUE.equals(in.allowOfficials()),
                in.enabled() == null || in.enabled(), fromConfiguration);
        return new Checked(provider, fromConfiguration ? secret : plain);
    }

    /** Fields left empty take the preset's value when the preset is {@code vneid} (or the alias is, and no preset is named). */
    static IdentityProviderInput withPreset(IdentityProviderInput in) {
        String preset = trim(in.preset());
        if (preset.isEmpty() && VNEID.equalsIgnoreCase(trim(in.alias()))) {
            preset = VNEID;
        }
        if (preset.isEmpty()) {
            return in;
        }
        if (!VNEID.equalsIgnoreCase(preset)) {
            throw new InvalidInputException("preset", "broker.preset.unknown");
        }
        IdentityProviderInput p = vneidPreset();
        return new IdentityProviderInput(or(in.alias(), p.alias()), preset, or(in.label(), p.label()), or(in.icon(), p.icon()),
                in.issuer(), in.clientId(), in.clientSecret(), or(in.scopes(), p.scopes()), or(in.pinClaims(), p.pinClaims()),
                or(in.nameClaims(), p.nameClaims()), or(in.birthDateClaim(), p.birthDateClaim()),
                or(in.birthDateFormat(), p.birthDateFormat()), or(in.ialClaim(), p.ialClaim()), in.allowOfficials(), in.enabled());
    }

    private static boolean issuerUrl(String text) {
        try {
            URI uri = new URI(text);
            if (uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
                return false;
            }
            // Plain HTTP only towards this machine (tests, a local stand-in); a real provider speaks TLS.
            return "https".equals(uri.getScheme())
                    || ("http".equals(uri.getScheme()) && List.of("localhost", "127.0.0.1", "[::1]").contains(uri.getHost()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean httpsUrl(String text) {
        try {
            URI uri = new URI(text);
            return "https".equals(uri.getScheme()) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static List<String> claims(String field, String text, boolean required) {
        List<String> claims = ProviderStore.words(text);
        if (required && claims.isEmpty()) {
            throw new InvalidInputException(field, "broker.claim.required");
        }
        if (claims.stream().anyMatch(c -> !CLAIM.matcher(c).matches())) {
            throw new InvalidInputException(field, "broker.claim.format");
        }
        return claims;
    }

    private static String optionalClaim(String field, String text) {
        List<String> claims = claims(field, text, false);
        if (claims.size() > 1) {
            throw new InvalidInputException(field, "broker.claim.format");
        }
        return claims.isEmpty() ? null : claims.getFirst();
    }

    private static String required(String field, String text, int max) {
        String value = trim(text);
        if (value.isEmpty()) {
            throw new InvalidInputException(field, "broker.field.required");
        }
        if (value.length() > max) {
            throw new InvalidInputException(field, "broker.field.too-long", max);
        }
        return value;
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String trim(String text) {
        return text == null ? "" : text.strip();
    }
}
