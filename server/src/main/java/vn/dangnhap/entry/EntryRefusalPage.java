package vn.dangnhap.entry;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The one page every protocol shows when an account may not enter an application: 403, what
 * happened and what to do in the person's language, the helpdesk, and the reference code that the
 * audit line carries. Protocols hand their refusal over with {@link #forward} (from a filter or a
 * handler) or {@link #view} (from an MVC controller); the page is not reachable otherwise.
 */
public final class EntryRefusalPage {

    /** Where the page is served; only as a forward with {@link #REFUSAL} set. */
    public static final String PATH = "/entry/refused";
    /** Request attribute holding the {@link Entry.Refused} to show. */
    public static final String REFUSAL = EntryRefusalPage.class.getName() + ".refusal";

    private EntryRefusalPage() {}

    public static void forward(HttpServletRequest request, HttpServletResponse response, Entry.Refused refused)
            throws ServletException, IOException {
        request.setAttribute(REFUSAL, refused);
        request.getRequestDispatcher(PATH).forward(request, response);
    }

    /** The view name an MVC controller returns to show the page. */
    public static String view(HttpServletRequest request, Entry.Refused refused) {
        request.setAttribute(REFUSAL, refused);
        return "forward:" + PATH;
    }
}
