package vn.dangnhap.session.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.serializer.support.SerializationFailedException;

/**
 * Session attributes as stored bytes: Java serialization (the security context and the login
 * steps' small records are {@code Serializable}; Spring Security keeps its own types
 * serialization-compatible within a minor version), read back through an {@link ObjectInputFilter}
 * that admits only our, the JDK's and Spring's classes, bounded in depth and size.
 *
 * <p>Bytes that cannot be read — written by another version of a class after an upgrade, or
 * rejected by the filter — read as no attribute: the person signs in again, the page does not fail.
 */
final class SessionAttributeCodec {

    private static final Logger log = LoggerFactory.getLogger(SessionAttributeCodec.class);
    private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
            "maxdepth=20;maxrefs=10000;maxbytes=1048576;maxarray=100000;"
                    + "java.base/*;vn.dangnhap.**;org.springframework.**;com.nimbusds.**;!*");

    private final ClassLoader classLoader;

    SessionAttributeCodec(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    byte[] write(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new SerializationFailedException("Session attribute of type " + value.getClass().getName()
                    + " is not serializable", e);
        }
        return bytes.toByteArray();
    }

    Object read(byte[] stored) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(stored)) {
            @Override
            protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
                return Class.forName(desc.getName(), false, classLoader);
            }
        }) {
            in.setObjectInputFilter(FILTER);
            return in.readObject();
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            log.warn("A stored session attribute could not be read ({}); it is ignored", e.toString());
            return null;
        }
    }

    Converter<Object, byte[]> writer() {
        return this::write;
    }

    Converter<byte[], Object> reader() {
        return this::read;
    }
}
