package vn.dangnhap.portal;

import java.util.UUID;
import vn.dangnhap.login.ClientInfo;

/**
 * An official or a citizen clicked a tile and was sent on to the application; {@code email} is the
 * official's e-mail or the citizen's login name (user name or masked number).
 */
public record ApplicationLaunched(UUID accountId, String email, String applicationCode, ClientInfo client) {}
