package vn.dangnhap.cas.internal;

import vn.dangnhap.admin.AdminChanges;
import vn.dangnhap.admin.ActingAdmin;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangnhap.cas.CasService;
import vn.dangnhap.cas.CasServiceInput;
import vn.dangnhap.cas.CasServices;

/**
 * CAS registrations made by an administrator, recorded in the audit trail. A registration belongs
 * to an application of the catalogue (same code): the tile, the access rules and the release rule
 * are the application's.
 */
@Service
class CasServiceAdministration {

    private final CasServices services;
    private final AdminChanges changes;

    CasServiceAdministration(CasServices services, AdminChanges changes) {
        this.services = services;
        this.changes = changes;
    }

    List<CasService> all() {
        return services.all();
    }

    CasService one(String code) {
        return services.service(code);
    }

    @Transactional
    CasService create(ActingAdmin actor, CasServiceInput input) {
        CasService service = services.create(input);
        changes.record(actor, "CAS_SERVICE_CREATED", service.code(), describe(service));
        return service;
    }

    @Transactional
    CasService update(ActingAdmin actor, String code, CasServiceInput input) {
        CasService service = services.update(code, input);
        changes.record(actor, "CAS_SERVICE_UPDATED", service.code(), describe(service));
        return service;
    }

    @Transactional
    CasService setEnabled(ActingAdmin actor, String code, boolean enabled) {
        CasService service = services.setEnabled(code, enabled);
        changes.record(actor, enabled ? "CAS_SERVICE_ENABLED" : "CAS_SERVICE_DISABLED", service.code(), describe(service));
        return service;
    }

    private static String describe(CasService s) {
        return "CAS service " + s.code() + " pattern " + s.servicePattern() + " single logout " + s.sloEnabled();
    }
}
