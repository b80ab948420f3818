package vn.dangnhap.oidc.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;

/**
 * Java serialization of a grant (the library's types are Serializable for exactly this). Reading
 * is limited by a filter to the packages a grant is made of, so a tampered row cannot make the
 * server build arbitrary objects.
 */
final class AuthorizationSerializer {

    private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
            "maxdepth=40;maxrefs=20000;maxbytes=2000000;java.**;org.springframework.security.**;vn.dangnhap.**;!*");

    private AuthorizationSerializer() {}

    static byte[] serialize(OAuth2Authorization authorization) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(authorization);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not serialize an authorization", e);
        }
        return bytes.toByteArray();
    }

    static OAuth2Authorization deserialize(byte[] data) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data))) {
            in.setObjectInputFilter(FILTER);
            return (OAuth2Authorization) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("Could not read a stored authorization", e);
        }
    }
}
