package vn.dangnhap.broker.internal;

import vn.dangnhap.admin.AdminChanges;
import vn.dangnhap.admin.ActingAdmin;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangnhap.broker.IdentityProvider;
import vn.dangnhap.broker.IdentityProviderInput;
import vn.dangnhap.broker.IdentityProviders;
import vn.dangnhap.citizen.Cccd;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.OfficialAccount;

/**
 * Upstream identity providers (VNeID…) changed by an administrator, and the verified personal
 * identification number on an official's profile (which lets the official sign in with VNeID where
 * the provider admits officials) — each change one audit line; never a secret, numbers masked.
 */
@Service
class IdentityProviderAdministration {

    private final IdentityProviders providers;
    private final Directory directory;
    private final AdminChanges changes;

    IdentityProviderAdministration(IdentityProviders providers, Directory directory, AdminChanges changes) {
        this.providers = providers;
        this.directory = directory;
        this.changes = changes;
    }

    List<IdentityProvider> all() {
        return providers.all();
    }

    IdentityProvider one(String alias) {
        return providers.provider(alias);
    }

    @Transactional
    IdentityProvider create(ActingAdmin actor, IdentityProviderInput input) {
        IdentityProvider created = providers.create(input);
        changes.record(actor, "IDP_CREATED", null, describe(created));
        return created;
    }

    @Transactional
    IdentityProvider update(ActingAdmin actor, String alias, IdentityProviderInput input) {
        IdentityProvider updated = providers.update(alias, input);
        changes.record(actor, "IDP_UPDATED", null, describe(updated)
                + (input.clientSecret() == null || input.clientSecret().isBlank() ? "" : ", client secret replaced"));
        return updated;
    }

    @Transactional
    IdentityProvider setEnabled(ActingAdmin actor, String alias, boolean enabled) {
        IdentityProvider changed = providers.setEnabled(alias, enabled);
        changes.record(actor, enabled ? "IDP_ENABLED" : "IDP_DISABLED", null, describe(changed));
        return changed;
    }

    /** {@code typedPin} null or blank clears the number. */
    @Transactional
    OfficialAccount setOfficialPin(ActingAdmin actor, UUID officialId, String typedPin) {
        Cccd pin = typedPin == null || typedPin.isBlank() ? null : Cccd.parse("verifiedPin", typedPin);
        OfficialAccount official = directory.setVerifiedPin(officialId, pin == null ? null : pin.value());
        changes.record(actor, pin == null ? "OFFICIAL_PIN_CLEARED" : "OFFICIAL_PIN_SET", null,
                official.email().value() + (pin == null ? "" : " " + pin.masked()));
        return official;
    }

    private static String describe(IdentityProvider p) {
        return "identity provider " + p.alias() + " issuer " + p.issuer() + " client " + p.clientId() + " scopes "
                + p.scopeString() + " officials " + p.allowOfficials() + " enabled " + p.enabled();
    }
}
