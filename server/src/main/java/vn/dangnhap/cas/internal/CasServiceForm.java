package vn.dangnhap.cas.internal;

import vn.dangnhap.cas.CasServiceInput;
import vn.dangnhap.cas.CasServices;
import vn.dangnhap.config.ConfigForm;
import vn.dangnhap.config.ConfigNode;

/**
 * An item of {@code casServices}: {@code code} (the application's), {@code name}, {@code servicePattern},
 * {@code sloEnabled}, {@code enabled}, checked by {@link CasServices#check}. That the application exists
 * is known only when the file is applied.
 */
class CasServiceForm implements ConfigForm<CasServiceForm.Service> {

    /** A CAS registration as the file describes it. */
    record Service(CasServiceInput input, boolean enabled) {

        String code() {
            return input.code();
        }
    }

    @Override
    public String name() {
        return "casServices";
    }

    @Override
    public String itemLabel() {
        return "casService";
    }

    @Override
    public String keyField() {
        return "code";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Service read(ConfigNode item) {
        item.allowOnly("code", "name", "servicePattern", "sloEnabled", "enabled");
        String code = item.text("code");
        if (code == null) {
            item.problem("code", "a CAS service needs the code of its application");
            return null;
        }
        CasServiceInput input = new CasServiceInput(code, item.text("name"), item.text("servicePattern"), item.bool("sloEnabled"));
        boolean enabled = item.bool("enabled", true);
        return item.attempt(() -> CasServices.check(input)) ? new Service(input, enabled) : null;
    }
}
