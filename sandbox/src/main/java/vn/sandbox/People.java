package vn.sandbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The citizens of the sandbox, read from {@code vn/sandbox/people.txt}: the same people at the
 * VNeID stand-in and at the population registry.
 */
@Component
public class People {

    public static final String RESOURCE = "/vn/sandbox/people.txt";

    private final List<Person> all;

    public People() {
        this.all = List.copyOf(load());
    }

    public List<Person> all() {
        return all;
    }

    public Optional<Person> byCccd(String cccd) {
        return all.stream().filter(p -> p.cccd().equals(cccd)).findFirst();
    }

    public Optional<Person> bySub(String sub) {
        return all.stream().filter(p -> p.sub().equals(sub)).findFirst();
    }

    static List<Person> load() {
        try (InputStream in = People.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Person> people = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\|", -1);
                if (f.length != 7) {
                    throw new IllegalStateException("Bad line in " + RESOURCE + ": expected 7 fields separated by |");
                }
                people.add(new Person(f[0].strip(), f[1].strip(), f[2].strip(), LocalDate.parse(f[3].strip()),
                        f[4].isBlank() ? Optional.empty() : Optional.of(f[4].strip()), f[5].strip(), f[6].strip()));
            }
            return people;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
