package vn.dangnhap.profile;

import java.util.UUID;
import vn.dangnhap.login.ClientInfo;

/** The official typed the right code: the number is now the account's phone, verified. */
public record PhoneVerified(UUID accountId, String email, String maskedPhone, ClientInfo client) {}
