package vn.dangnhap.profile;

import java.util.UUID;
import vn.dangnhap.login.ClientInfo;

/** A one-time code went to the number an official wants to use; {@code maskedPhone} hides the middle digits. */
public record PhoneCodeSent(UUID accountId, String email, String maskedPhone, ClientInfo client) {}
