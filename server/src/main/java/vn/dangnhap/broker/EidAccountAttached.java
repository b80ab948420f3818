package vn.dangnhap.broker;

import java.util.UUID;
import vn.dangnhap.login.ClientInfo;

/**
 * After an e-ID login the citizen proved an old account (its user name and password): the old
 * account got the number verified, or — when an e-ID account held it already — was merged into it.
 *
 * @param signedInAccountId the account that was signed in (the old one, or the e-ID account it was merged into)
 */
public record EidAccountAttached(String alias, UUID oldAccountId, UUID signedInAccountId, boolean merged, String maskedPin,
                                 ClientInfo client) {}
