package vn.sandbox.demo;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;

/**
 * The look shared by the demo applications and the sandbox's front page: one self-contained HTML
 * page (no scripts, no external files), a coloured header naming the application, cards, tables.
 */
public final class DemoPage {

    /**
     * Who the page belongs to.
     *
     * @param name    the application's name in the header, e.g. "Văn phòng điện tử"
     * @param tagline one line under it
     * @param colour  the header and button colour (CSS)
     */
    public record Brand(String name, String tagline, String colour) {
    }

    private static final String STYLE = """
            *{box-sizing:border-box}
            body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;
              color:#1d2733;background:#f2f4f7;line-height:1.45}
            header{background:var(--brand);color:#fff;padding:14px 24px}
            header .name{font-size:20px;font-weight:700;letter-spacing:.03em;text-transform:uppercase}
            header .tagline{font-size:13px;opacity:.9}
            main{max-width:920px;margin:24px auto;padding:0 16px}
            .card{background:#fff;border:1px solid #d9dee5;border-radius:8px;padding:20px 24px;margin-bottom:20px}
            .narrow{max-width:440px;margin:48px auto}
            h1{font-size:22px;margin:0 0 14px}
            h2{font-size:17px;margin:0 0 8px}
            p{margin:0 0 12px}
            table{border-collapse:collapse;width:100%;font-size:14px;margin-bottom:8px}
            th,td{text-align:left;padding:7px 10px;border-bottom:1px solid #e6e9ee;vertical-align:top;overflow-wrap:anywhere}
            th{width:34%;font-weight:600;color:#44505e}
            code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:13px}
            .button{display:inline-block;background:var(--brand);color:#fff;border:0;border-radius:6px;
              padding:10px 18px;font:inherit;font-size:15px;font-weight:600;text-decoration:none;cursor:pointer}
            .button.wide{display:block;width:100%;text-align:center;padding:14px 18px;font-size:16px;letter-spacing:.03em;
              text-transform:uppercase}
            .button.sso{background:#1f5fa8}
            .button.quiet{background:#fff;color:var(--brand);border:1px solid var(--brand)}
            .actions{display:flex;gap:12px;align-items:center;margin-top:16px}
            .muted{color:#5f6b7a;font-size:13px}
            .notice{background:#eef6ee;border:1px solid #b9dcb9;border-radius:6px;padding:8px 12px;margin-bottom:14px}
            .none{color:#8a94a3;font-style:italic}
            footer{max-width:920px;margin:0 auto 32px;padding:0 16px;color:#5f6b7a;font-size:12px}
            ul{padding-left:20px;margin:0 0 12px} li{margin-bottom:4px}
            """;

    private DemoPage() {
    }

    /** Escapes text for HTML (Vietnamese letters stay as they are in UTF-8). */
    public static String escape(Object text) {
        return HtmlUtils.htmlEscape(String.valueOf(text), "UTF-8");
    }

    /**
     * A whole page.
     *
     * @param body   HTML of the main part (cards), already escaped where needed
     * @param footer plain text under the cards
     */
    public static String render(Brand brand, String title, String body, String footer) {
        return """
                <!DOCTYPE html>
                <html lang="vi">
                <head>
                <meta charset="UTF-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>:root{--brand:%s}
                %s</style>
                </head>
                <body>
                <header><div class="name">%s</div><div class="tagline">%s</div></header>
                <main>
                %s</main>
                <footer>%s</footer>
                </body>
                </html>
                """.formatted(escape(title + " — " + brand.name()), brand.colour(), STYLE, escape(brand.name()),
                escape(brand.tagline()), body, escape(footer));
    }

    /**
     * A two-column table of names and values, sorted by name; each row has the id
     * {@code {idPrefix}{name}} so tests can find a value.
     */
    public static String table(Map<String, ?> values, String idPrefix) {
        StringBuilder html = new StringBuilder("<table>\n");
        new TreeMap<>(values).forEach((name, value) -> html.append("<tr><th><code>").append(escape(name))
                .append("</code></th><td id=\"").append(escape(idPrefix + name)).append("\">")
                .append(escape(format(value))).append("</td></tr>\n"));
        return html.append("</table>\n").toString();
    }

    /** A value as a person reads it: lists joined by commas, instants in ISO form. */
    public static String format(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().map(DemoPage::format).collect(Collectors.joining(", "));
        }
        if (value instanceof Instant instant) {
            return instant.toString();
        }
        return String.valueOf(value);
    }

    /** The value, or a greyed "(chưa liên kết)"-style placeholder when it is missing. */
    public static String orNone(Object value, String placeholder) {
        return value == null || String.valueOf(value).isBlank() ? "<span class=\"none\">" + escape(placeholder) + "</span>"
                : escape(format(value));
    }
}
