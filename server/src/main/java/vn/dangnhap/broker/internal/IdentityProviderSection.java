package vn.dangnhap.broker.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.dangnhap.broker.IdentityProvider;
import vn.dangnhap.broker.IdentityProviderInput;
import vn.dangnhap.broker.IdentityProviders;
import vn.dangnhap.config.ConfigNode;
import vn.dangnhap.config.ConfigSection;

/**
 * {@code identityProviders}: the upstream OpenID Connect providers of the console ("Đăng nhập bằng
 * VNeID"), keyed by {@code alias}, through {@link IdentityProviders} and its checks. The client
 * secret is only ever a reference {@code ${ENV_NAME}}, checked to be set when the file is applied
 * and stored as that reference (the broker reads the variable at each login); required for a new
 * provider, kept when left out of an existing one. Providers defined by the
 * {@code dangnhap.broker.providers.*} properties are neither exported nor changeable here. Prune
 * disables the console providers the file does not list.
 *
 * <p>Lives in {@code config} (not in {@code broker/internal}) because {@code config} already
 * depends on {@code audit}, which depends on {@code broker}: a section in {@code broker} would make
 * a module cycle.
 */
@Component
class IdentityProviderSection implements ConfigSection {

    /** What the broker accepts as an environment reference (stricter than {@link ConfigNode#secret}). */
    private static final Pattern BROKER_VARIABLE = Pattern.compile("[A-Z][A-Z0-9_]{0,99}");

    private final IdentityProviders providers;

    IdentityProviderSection(IdentityProviders providers) {
        this.providers = providers;
    }

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

    /** The variable an export suggests for a secret stored encrypted, e.g. {@code DANGNHAP_IDP_VNEID_SECRET}. */
    static String secretVariable(String alias) {
        return "DANGNHAP_IDP_" + alias.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_SECRET";
    }

    @Override
    public List<Map<String, Object>> export() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (IdentityProvider p : providers.all()) {
            if (p.fromConfiguration()) {
                continue; // set by properties, not by this file
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("alias", p.alias());
            item.put("label", p.label());
            if (p.icon() != null) {
                item.put("icon", p.icon());
            }
            item.put("issuer", p.issuer());
            item.put("clientId", p.clientId());
            item.put("clientSecret", "${" + ("ENV".equals(p.secretSource()) && p.secretReference() != null
                    ? p.secretReference() : secretVariable(p.alias())) + "}");
            item.put("scopes", p.scopes());
            item.put("pinClaims", p.mapping().pinClaims());
            item.put("nameClaims", p.mapping().nameClaims());
            if (p.mapping().birthDateClaim() != null) {
                item.put("birthDateClaim", p.mapping().birthDateClaim());
                item.put("birthDateFormat", p.mapping().birthDateFormat());
            }
            if (p.mapping().ialClaim() != null) {
                item.put("ialClaim", p.mapping().ialClaim());
            }
            item.put("allowOfficials", p.allowOfficials());
            item.put("enabled", p.enabled());
            items.add(item);
        }
        return items;
    }

    @Override
    public void apply(ConfigNode section, boolean prune) {
        Set<String> listed = new HashSet<>();
        for (ConfigNode item : section.items("alias")) {
            item.allowOnly("alias", "preset", "label", "icon", "issuer", "clientId", "clientSecret", "scopes",
                    "pinClaims", "nameClaims", "birthDateClaim", "birthDateFormat", "ialClaim", "allowOfficials", "enabled");
            String rawAlias = item.text("alias");
            if (rawAlias == null) {
                item.problem("alias", "an identity provider needs an alias");
                continue;
            }
            String alias = rawAlias.strip().toLowerCase(Locale.ROOT);
            listed.add(alias);
            Optional<IdentityProvider> existing = providers.find(alias);
            if (existing.isPresent() && existing.get().fromConfiguration()) {
                item.problem("alias", "provider " + alias + " is defined by the dangnhap.broker.providers." + alias
                        + ".* properties; remove it there to manage it in this file");
                continue;
            }
            ConfigNode.Secret secret = item.secret("clientSecret");
            if (secret != null && !BROKER_VARIABLE.matcher(secret.variable()).matches()) {
                item.problem("clientSecret", "the variable name must start with a letter (A-Z) and have at most 100 characters");
                continue;
            }
            if (existing.isEmpty() && !item.has("clientSecret")) {
                item.problem("clientSecret", "a new identity provider needs clientSecret: ${ENV_NAME} (e.g. ${"
                        + secretVariable(alias) + "})");
                continue;
            }
            String pinClaims = words(item, "pinClaims");
            String nameClaims = words(item, "nameClaims");
            String scopes = words(item, "scopes");
            boolean allowOfficials = item.bool("allowOfficials", false);
            boolean enabled = item.bool("enabled", true);
            if (item.has("clientSecret") && secret == null) {
                continue; // reported by secret()
            }
            IdentityProviderInput input = new IdentityProviderInput(alias, item.text("preset"), item.text("label"),
                    item.text("icon"), item.text("issuer"), item.text("clientId"),
                    secret == null ? "" : "${" + secret.variable() + "}", scopes, pinClaims, nameClaims,
                    item.text("birthDateClaim"), item.text("birthDateFormat"), item.text("ialClaim"), allowOfficials, enabled);
            item.attempt(() -> {
                if (existing.isEmpty()) {
                    providers.create(input);
                    return;
                }
                IdentityProvider before = existing.get();
                providers.update(alias, input);
                // The export shows an encrypted secret as ${DANGNHAP_IDP_<ALIAS>_SECRET}: when the file names
                // that very variable, only this note tells that the encrypted secret gives way to it.
                if (secret != null && !"ENV".equals(before.secretSource()) && secret.variable().equals(secretVariable(alias))) {
                    item.note("~ update identityProvider " + alias + ": clientSecret (the encrypted secret replaced by "
                            + secret + ")");
                }
            });
        }
        if (prune && section.problems().isEmpty()) {
            providers.all().stream()
                    .filter(p -> !p.fromConfiguration() && p.enabled() && !listed.contains(p.alias()))
                    .forEach(p -> providers.setEnabled(p.alias(), false));
        }
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
