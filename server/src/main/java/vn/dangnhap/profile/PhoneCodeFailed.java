package vn.dangnhap.profile;

import java.util.UUID;
import vn.dangnhap.login.ClientInfo;

/**
 * A code was refused.
 *
 * @param reason {@code WRONG_CODE}, {@code EXPIRED}, {@code TOO_MANY_TRIES} or {@code NO_CODE}
 */
public record PhoneCodeFailed(UUID accountId, String email, String reason, ClientInfo client) {}
