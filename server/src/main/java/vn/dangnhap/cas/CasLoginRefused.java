package vn.dangnhap.cas;

import java.util.UUID;
import vn.dangnhap.login.ClientInfo;

/**
 * {@code /cas/login} refused to issue a ticket.
 *
 * @param reason {@code UNREGISTERED_SERVICE}, {@code SERVICE_DISABLED} or {@code ACCESS_DENIED}
 *               (the directory's access rules); a missing required link is audited as {@code LinkMissing}
 */
public record CasLoginRefused(UUID accountId, String email, String serviceCode, String service, String reason,
                              ClientInfo client) {}
