package vn.dangnhap.credential.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The 10,000 most common passwords ({@code credential/common-passwords.txt}, OWASP SecLists),
 * read once into a set compared case-insensitively.
 */
@Component
public class CommonPasswords {

    static final String RESOURCE = "/credential/common-passwords.txt";

    private final Set<String> lowerCase;

    public CommonPasswords() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Set<String> words = new HashSet<>(16_384);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    words.add(line.toLowerCase(Locale.ROOT));
                }
            }
            this.lowerCase = Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean contains(String password) {
        return lowerCase.contains(password.toLowerCase(Locale.ROOT));
    }

    public int size() {
        return lowerCase.size();
    }
}
