package vn.dangnhap.directory;

import java.util.Collection;
import java.util.List;

/**
 * What a form, an API call or a CSV row says about an official, as typed. {@link Directory}
 * validates it; {@link #roles} may be empty.
 */
public record OfficialInput(String email, String fullName, String phone, String unitCode, Collection<String> roles) {

    public OfficialInput {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
