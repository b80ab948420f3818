package vn.dangnhap.testsupport;

import java.util.Arrays;
import vn.dangnhap.directory.AccessRules;
import vn.dangnhap.directory.AppAccessRule;
import vn.dangnhap.directory.ApplicationCatalogue;
import vn.dangnhap.directory.ApplicationInput;

/**
 * Creates an application of the catalogue for a test — every OpenID Connect client and CAS service
 * belongs to one — with the access rules given in the admins' one-line form ({@code *},
 * {@code unit:VP_UBND}, {@code role:LANH_DAO}); none means no official may open it.
 */
public final class TestApplications {

    private TestApplications() {}

    public static void create(ApplicationCatalogue catalogue, AccessRules access, String code, String... rules) {
        catalogue.create(new ApplicationInput(code, "Ứng dụng " + code, "Ứng dụng thử nghiệm", "GENERIC",
                "https://" + code + ".demo.gov.vn/", 50));
        access.replaceRules(code, Arrays.stream(rules).map(AppAccessRule::parse).toList());
    }
}
