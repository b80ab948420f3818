package vn.dangnhap.broker.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.dangnhap.broker.IdentityProviderInput;
import vn.dangnhap.config.ConfigForm;
import vn.dangnhap.config.ConfigNode;

/**
 * An item of {@code identityProviders}: the provider as {@link ProviderInputs#check} accepts it, the VNeID
 * preset filling what is left out, the {@code clientSecret} only as a reference {@code ${ENV_NAME}}
 * (checked to be set now). Whether the alias is a provider of the {@code dangnhap.broker.providers.*}
 * properties, and whether a new provider has its secret, is known only when the file is applied.
 */
class IdentityProviderForm implements ConfigForm<IdentityProviderForm.Provider> {

    /** What the broker accepts as an environment reference (stricter than {@link ConfigNode#secret}). */
    private static final Pattern BROKER_VARIABLE = Pattern.compile("[A-Z][A-Z0-9_]{0,99}");

    /** A provider as the file describes it; {@code secret} null when the file gives none. */
    record Provider(String alias, IdentityProviderInput input, ConfigNode.Secret secret) {}

    @Override
    public String name() {
        return "identityProviders";
    }

    @Override
    public String itemLabel() {
        return "identityProvider";
    }

    @Override
    public String keyField() {
        return "alias";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public Provider read(ConfigNode item) {
        item.allowOnly("alias", "preset", "label", "icon", "issuer", "clientId", "clientSecret", "scopes",
                "pinClaims", "nameClaims", "birthDateClaim", "birthDateFormat", "ialClaim", "allowOfficials", "enabled");
        String rawAlias = item.text("alias");
        if (rawAlias == null) {
            item.problem("alias", "an identity provider needs an alias");
            return null;
        }
        String alias = rawAlias.strip().toLowerCase(Locale.ROOT);
        ConfigNode.Secret secret = item.secret("clientSecret");
        if (secret != null && !BROKER_VARIABLE.matcher(secret.variable()).matches()) {
            item.problem("clientSecret", "the variable name must start with a letter (A-Z) and have at most 100 characters");
            return null;
        }
        String pinClaims = words(item, "pinClaims");
        String nameClaims = words(item, "nameClaims");
        String scopes = words(item, "scopes");
        boolean allowOfficials = item.bool("allowOfficials", false);
        boolean enabled = item.bool("enabled", true);
        if (item.has("clientSecret") && secret == null) {
            return null; // reported by secret()
        }
        IdentityProviderInput input = new IdentityProviderInput(alias, item.text("preset"), item.text("label"),
                item.text("icon"), item.text("issuer"), item.text("clientId"),
                secret == null ? "" : "${" + secret.variable() + "}", scopes, pinClaims, nameClaims,
                item.text("birthDateClaim"), item.text("birthDateFormat"), item.text("ialClaim"), allowOfficials, enabled);
        return item.attempt(() -> ProviderInputs.check(input, false, false)) ? new Provider(alias, input, secret) : null;
    }

    /** A list of the file as the broker's space-separated form; null when absent (the preset may fill it). */
    private static String words(ConfigNode item, String key) {
        List<String> values = item.texts(key).stream().map(String::strip).toList();
        if (values.stream().anyMatch(v -> v.isEmpty() || v.matches(".*[\\s,].*"))) {
            item.problem(key, "one name per list element, e.g. [openid, profile]");
        }
        return values.isEmpty() ? null : String.join(" ", values);
    }
}
