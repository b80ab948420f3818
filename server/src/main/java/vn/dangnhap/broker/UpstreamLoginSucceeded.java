package vn.dangnhap.broker;

import java.util.UUID;
import vn.dangnhap.login.ClientInfo;

/**
 * A login through an upstream provider signed someone in.
 *
 * @param accountKind {@code CITIZEN} or {@code OFFICIAL}
 * @param created     the citizen account was created by this login
 * @param maskedPin   the personal identification number, masked
 */
public record UpstreamLoginSucceeded(String alias, UUID accountId, String accountKind, boolean created, String maskedPin,
                                     Integer ial, ClientInfo client) {}
