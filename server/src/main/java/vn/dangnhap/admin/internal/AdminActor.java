package vn.dangnhap.admin.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import vn.dangnhap.login.ClientInfo;
import vn.dangnhap.login.SignedInOfficial;

/** The administrator making a change and where the request came from, as the audit trail records it. */
record AdminActor(UUID accountId, String email, ClientInfo client) {

    static AdminActor of(SignedInOfficial signedIn, HttpServletRequest request) {
        return new AdminActor(signedIn.accountId(), signedIn.email(), ClientInfo.of(request));
    }
}
