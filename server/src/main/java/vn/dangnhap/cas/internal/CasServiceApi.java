package vn.dangnhap.cas.internal;

import vn.dangnhap.admin.ActingAdmin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dangnhap.cas.CasService;
import vn.dangnhap.cas.CasServiceInput;

/** CAS registrations (service URL patterns) of the catalogue's applications over JSON. */
@RestController
@RequestMapping("/api/admin/cas-services")
@Tag(name = "CAS services", description = "Applications that sign in through the CAS protocol")
class CasServiceApi {

    private final CasServiceAdministration services;

    CasServiceApi(CasServiceAdministration services) {
        this.services = services;
    }

    /**
     * A CAS registration. {@code servicePattern}: the exact service URL, or an anchored regular
     * expression {@code ^…$} matched against the whole service URL. {@code sloEnabled}: the
     * application is sent a SAML LogoutRequest when the official's SSO session ends.
     */
    record CasServiceView(String code, String name, String servicePattern, boolean enabled, boolean sloEnabled) {

        static CasServiceView of(CasService s) {
            return new CasServiceView(s.code(), s.name(), s.servicePattern(), s.enabled(), s.sloEnabled());
        }
    }

    /** As sent; on PUT the code comes from the path. {@code sloEnabled} defaults to true. */
    record CasServiceRequest(String code, String name, String servicePattern, Boolean sloEnabled) {

        CasServiceInput input() {
            return new CasServiceInput(code, name, servicePattern, sloEnabled);
        }
    }

    @GetMapping
    @Operation(summary = "List all CAS registrations")
    List<CasServiceView> list() {
        return services.all().stream().map(CasServiceView::of).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One CAS registration")
    CasServiceView one(@PathVariable String code) {
        return CasServiceView.of(services.one(code));
    }

    @PostMapping
    @Operation(summary = "Register an application of the catalogue for CAS (201); 400 on bad input or an unknown "
            + "application, 409 when it is already registered")
    ResponseEntity<CasServiceView> create(@RequestBody CasServiceRequest body, ActingAdmin admin) {
        CasService service = services.create(admin, body.input());
        return ResponseEntity.created(URI.create("/api/admin/cas-services/" + service.code())).body(CasServiceView.of(service));
    }

    @PutMapping("/{code}")
    @Operation(summary = "Change a CAS registration")
    CasServiceView update(@PathVariable String code, @RequestBody CasServiceRequest body,
                          ActingAdmin admin) {
        return CasServiceView.of(services.update(admin, code, body.input()));
    }

    @PostMapping("/{code}/disable")
    @Operation(summary = "Disable a CAS registration: /cas/login refuses its services, its tickets no longer validate")
    CasServiceView disable(@PathVariable String code, ActingAdmin admin) {
        return CasServiceView.of(services.setEnabled(admin, code, false));
    }

    @PostMapping("/{code}/enable")
    @Operation(summary = "Enable a disabled CAS registration again")
    CasServiceView enable(@PathVariable String code, ActingAdmin admin) {
        return CasServiceView.of(services.setEnabled(admin, code, true));
    }
}
