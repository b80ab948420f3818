package vn.dangnhap.cas;

import java.util.UUID;
import vn.dangnhap.login.ClientInfo;

/**
 * {@code /cas/login} refused to issue a ticket.
 *
 * @param email  the official's e-mail, or a citizen's login name (user name or masked number)
 * @param reason {@code UNREGISTERED_SERVICE}, {@code SERVICE_DISABLED}, {@code ACCESS_DENIED}
 *               (the directory's access rules), or for the application's audience
 *               {@code OFFICIALS_ONLY}, {@code CITIZENS_ONLY}, {@code VERIFICATION_REQUIRED},
 *               {@code ACCOUNT_CLOSED}; a missing required link is audited as {@code LinkMissing}
 */
public record CasLoginRefused(UUID accountId, String email, String serviceCode, String service, String reason,
                              ClientInfo client) {}
