package vn.dangnhap.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;

/**
 * A grant as Dangnhap stored it up to migration V17 ({@code oidc_authorization.data}): plain Java
 * serialization of the authorization server's {@code OAuth2Authorization}, as the removed
 * {@code AuthorizationSerializer} wrote it. For tests of the upgrade to JSON.
 */
public final class LegacyGrantSerialization {

    private LegacyGrantSerialization() {}

    public static byte[] serialize(OAuth2Authorization authorization) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(authorization);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not serialize an authorization", e);
        }
        return bytes.toByteArray();
    }
}
