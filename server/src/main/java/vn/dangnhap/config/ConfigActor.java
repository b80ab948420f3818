package vn.dangnhap.config;

import java.util.UUID;

/**
 * Who applies or exports a file, as the audit trail records it: an administrator over the API,
 * or the system ({@code config:startup}, {@code config:cli}).
 */
public record ConfigActor(UUID accountId, String username, String ip, String userAgent) {

    public static ConfigActor system(String name) {
        return new ConfigActor(null, name, null, null);
    }
}
