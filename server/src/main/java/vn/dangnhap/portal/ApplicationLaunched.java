package vn.dangnhap.portal;

import java.util.UUID;
import vn.dangnhap.login.ClientInfo;

/** An official clicked a tile and was sent on to the application. */
public record ApplicationLaunched(UUID accountId, String email, String applicationCode, ClientInfo client) {}
