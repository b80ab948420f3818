package vn.dangnhap.broker.internal;

import vn.dangnhap.admin.ActingAdmin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.dangnhap.broker.ClaimMapping;
import vn.dangnhap.broker.IdentityProvider;
import vn.dangnhap.broker.IdentityProviderInput;
import vn.dangnhap.shared.IdNumbers;
import vn.dangnhap.directory.Directory;

/**
 * Upstream identity providers over JSON ({@code /api/admin/identity-providers}), and the verified
 * personal identification number of an official ({@code /api/admin/officials/{id}/verified-pin}).
 * Bad input: 400 problem with the {@code field}; an alias defined in the configuration file: 409.
 */
@RestController
@Tag(name = "Identity providers", description = "Upstream OpenID Connect providers such as VNeID")
class IdentityProviderApi {

    private final IdentityProviderAdministration administration;
    private final Directory directory;

    IdentityProviderApi(IdentityProviderAdministration administration, Directory directory) {
        this.administration = administration;
        this.directory = directory;
    }

    /** A provider; the client secret is never returned, only where it lives ({@code secretSource}). */
    record ProviderView(String alias, String label, String icon, String issuer, String clientId, String secretSource,
                        String secretReference, List<String> scopes, ClaimMapping claimMapping, boolean allowOfficials,
                        boolean enabled, boolean fromConfiguration) {

        static ProviderView of(IdentityProvider p) {
            return new ProviderView(p.alias(), p.label(), p.icon(), p.issuer(), p.clientId(), p.secretSource(),
                    p.secretReference(), p.scopes(), p.mapping(), p.allowOfficials(), p.enabled(), p.fromConfiguration());
        }
    }

    /**
     * As sent. {@code preset: "vneid"} fills every empty field with the VNeID preset. {@code clientSecret}:
     * the secret (stored encrypted with the master key) or {@code ${ENV_NAME}}; on PUT empty keeps the stored one.
     * Lists: space- or comma-separated.
     */
    record ProviderRequest(String alias, String preset, String label, String icon, String issuer, String clientId,
                           String clientSecret, String scopes, String pinClaims, String nameClaims, String birthDateClaim,
                           String birthDateFormat, String ialClaim, Boolean allowOfficials, Boolean enabled) {

        IdentityProviderInput input() {
            return new IdentityProviderInput(alias, preset, label, icon, issuer, clientId, clientSecret, scopes, pinClaims,
                    nameClaims, birthDateClaim, birthDateFormat, ialClaim, allowOfficials, enabled);
        }
    }

    record PinRequest(String verifiedPin) {}

    /** The number is shown masked only. */
    record PinView(UUID id, String email, String verifiedPin) {}

    @GetMapping("/api/admin/identity-providers")
    @Operation(summary = "List the upstream identity providers (configuration file and console)")
    List<ProviderView> list() {
        return administration.all().stream().map(ProviderView::of).toList();
    }

    @GetMapping("/api/admin/identity-providers/{alias}")
    @Operation(summary = "One upstream identity provider")
    ProviderView one(@PathVariable String alias) {
        return ProviderView.of(administration.one(alias));
    }

    @PostMapping("/api/admin/identity-providers")
    @Operation(summary = "Add an upstream identity provider (201); 400 with the field at fault; 409 alias taken or in the configuration file")
    ResponseEntity<ProviderView> create(@RequestBody ProviderRequest body, ActingAdmin admin) {
        IdentityProvider created = administration.create(admin, body.input());
        return ResponseEntity.created(URI.create("/api/admin/identity-providers/" + created.alias())).body(ProviderView.of(created));
    }

    @PutMapping("/api/admin/identity-providers/{alias}")
    @Operation(summary = "Change an upstream identity provider (the alias comes from the path)")
    ProviderView update(@PathVariable String alias, @RequestBody ProviderRequest body,
                        ActingAdmin admin) {
        return ProviderView.of(administration.update(admin, alias, body.input()));
    }

    @PostMapping("/api/admin/identity-providers/{alias}/disable")
    @Operation(summary = "Disable a provider: its button leaves the login page, its logins are refused")
    ProviderView disable(@PathVariable String alias, ActingAdmin admin) {
        return ProviderView.of(administration.setEnabled(admin, alias, false));
    }

    @PostMapping("/api/admin/identity-providers/{alias}/enable")
    @Operation(summary = "Enable a provider again")
    ProviderView enable(@PathVariable String alias, ActingAdmin admin) {
        return ProviderView.of(administration.setEnabled(admin, alias, true));
    }

    @GetMapping("/api/admin/officials/{id}/verified-pin")
    @Operation(summary = "An official's verified personal identification number (masked)")
    PinView pin(@PathVariable UUID id) {
        var official = directory.official(id);
        return new PinView(id, official.email().value(), directory.verifiedPinOf(id).map(IdNumbers::mask).orElse(null));
    }

    @PutMapping("/api/admin/officials/{id}/verified-pin")
    @Operation(summary = "Set (or with null/empty clear) an official's verified personal identification number, checked "
            + "against the identity card; 400 malformed, 409 held by another official")
    PinView setPin(@PathVariable UUID id, @RequestBody PinRequest body, ActingAdmin admin) {
        var official = administration.setOfficialPin(admin, id, body.verifiedPin());
        return new PinView(id, official.email().value(), directory.verifiedPinOf(id).map(IdNumbers::mask).orElse(null));
    }
}
