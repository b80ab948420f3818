package vn.sandbox.registry;

import java.text.Normalizer;
import java.util.Locale;

/** Compares Vietnamese names case- and diacritics-insensitively ("NGUYEN THI HOA" = "Nguyễn Thị Hoa"). */
public final class Names {

    private Names() {
    }

    public static String fold(String name) {
        String s = name.replace('đ', 'd').replace('Đ', 'D');
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return s.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    public static boolean same(String a, String b) {
        return fold(a).equals(fold(b));
    }
}
