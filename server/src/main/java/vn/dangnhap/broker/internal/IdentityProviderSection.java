package vn.dangnhap.broker.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.dangnhap.broker.IdentityProvider;
import vn.dangnhap.broker.IdentityProviders;
import vn.dangnhap.config.ConfigForm;
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
 */
@Component
class IdentityProviderSection implements ConfigSection {

    private final IdentityProviderForm form = new IdentityProviderForm();
    private final IdentityProviders providers;

    IdentityProviderSection(IdentityProviders providers) {
        this.providers = providers;
    }

    @Override
    public IdentityProviderForm form() {
        return form;
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
        for (ConfigForm.Item<IdentityProviderForm.Provider> item : form.readAll(section)) {
            IdentityProviderForm.Provider read = item.value();
            String alias = read.alias();
            listed.add(alias);
            Optional<IdentityProvider> existing = providers.find(alias);
            if (existing.isPresent() && existing.get().fromConfiguration()) {
                item.node().problem("alias", "provider " + alias + " is defined by the dangnhap.broker.providers." + alias
                        + ".* properties; remove it there to manage it in this file");
                continue;
            }
            if (existing.isEmpty() && read.secret() == null) {
                item.node().problem("clientSecret", "a new identity provider needs clientSecret: ${ENV_NAME} (e.g. ${"
                        + secretVariable(alias) + "})");
                continue;
            }
            ConfigNode.Secret secret = read.secret();
            item.node().attempt(() -> {
                if (existing.isEmpty()) {
                    providers.create(read.input());
                    return;
                }
                IdentityProvider before = existing.get();
                providers.update(alias, read.input());
                // The export shows an encrypted secret as ${DANGNHAP_IDP_<ALIAS>_SECRET}: when the file names
                // that very variable, only this note tells that the encrypted secret gives way to it.
                if (secret != null && !"ENV".equals(before.secretSource()) && secret.variable().equals(secretVariable(alias))) {
                    item.node().note("~ update identityProvider " + alias + ": clientSecret (the encrypted secret replaced by "
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
}
