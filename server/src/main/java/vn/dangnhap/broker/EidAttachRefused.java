package vn.dangnhap.broker;

import java.util.UUID;
import vn.dangnhap.login.ClientInfo;

/**
 * An attempt to attach an old account after an e-ID login was refused (wrong password, an account
 * that does not claim the number, throttled). Nothing was changed.
 *
 * @param accountId the old account, when the typed user name exists
 */
public record EidAttachRefused(String alias, String typedUsername, UUID accountId, String reason, String maskedPin,
                               ClientInfo client) {}
