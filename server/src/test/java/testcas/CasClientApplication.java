package testcas;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.apereo.cas.client.authentication.AuthenticationFilter;
import org.apereo.cas.client.session.SingleSignOutFilter;
import org.apereo.cas.client.session.SingleSignOutHttpSessionListener;
import org.apereo.cas.client.util.AbstractCasFilter;
import org.apereo.cas.client.util.HttpServletRequestWrapperFilter;
import org.apereo.cas.client.validation.Assertion;
import org.apereo.cas.client.validation.Cas30ProxyReceivingTicketValidationFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * A CAS application as a province's would be written: a plain servlet application protected by
 * the Apereo Java CAS client's filters (single sign-out, authentication, CAS 3.0 ticket
 * validation, request wrapper), in the order the client's documentation gives. Embedded Tomcat,
 * no Spring, outside {@code vn.dangnhap}: nothing of the platform's configuration is read.
 */
public final class CasClientApplication implements AutoCloseable {

    private final Tomcat tomcat;

    private CasClientApplication(Tomcat tomcat) {
        this.tomcat = tomcat;
    }

    /**
     * Starts the application at {@code http://127.0.0.1:port/}, signing in at {@code casServer}
     * (e.g. {@code http://localhost:8080}).
     */
    public static CasClientApplication start(int port, String casServer) {
        try {
            Tomcat tomcat = new Tomcat();
            tomcat.setBaseDir(Files.createTempDirectory("testcas").toString());
            tomcat.setHostname("127.0.0.1");
            tomcat.setPort(port);
            tomcat.getConnector();
            Context context = tomcat.addContext("", null);
            String serverName = "http://127.0.0.1:" + port;
            filter(context, "casSingleSignOut", new SingleSignOutFilter(), Map.of("casServerUrlPrefix", casServer + "/cas"));
            filter(context, "casAuthentication", new AuthenticationFilter(),
                    Map.of("casServerLoginUrl", casServer + "/cas/login", "serverName", serverName,
                            // No ;jsessionid= in the service URL before the browser has the cookie.
                            "encodeServiceUrl", "false"));
            filter(context, "casValidation", new Cas30ProxyReceivingTicketValidationFilter(),
                    Map.of("casServerUrlPrefix", casServer + "/cas", "serverName", serverName, "encodeServiceUrl", "false"));
            filter(context, "casRequestWrapper", new HttpServletRequestWrapperFilter(), Map.of());
            context.addApplicationListener(SingleSignOutHttpSessionListener.class.getName());
            Tomcat.addServlet(context, "home", new Home());
            context.addServletMappingDecoded("/", "home");
            tomcat.start();
            return new CasClientApplication(tomcat);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (LifecycleException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void filter(Context context, String name, Filter filter, Map<String, String> parameters) {
        FilterDef def = new FilterDef();
        def.setFilterName(name);
        def.setFilter(filter);
        parameters.forEach(def::addInitParameter);
        context.addFilterDef(def);
        FilterMap map = new FilterMap();
        map.setFilterName(name);
        map.addURLPattern("/*");
        context.addFilterMap(map);
    }

    @Override
    public void close() throws LifecycleException {
        tomcat.stop();
        tomcat.destroy();
    }

    /** Shows who the CAS client says is signed in, and each attribute it received. */
    static final class Home extends HttpServlet {

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            StringBuilder html = new StringBuilder("<html><body><p id=\"who\">")
                    .append(HtmlUtils.htmlEscape(String.valueOf(request.getRemoteUser()))).append("</p><ul>");
            HttpSession session = request.getSession(false);
            Object assertion = session == null ? null : session.getAttribute(AbstractCasFilter.CONST_CAS_ASSERTION);
            if (assertion instanceof Assertion a) {
                a.getPrincipal().getAttributes().forEach((name, value) -> html.append("<li id=\"attr-")
                        .append(HtmlUtils.htmlEscape(name)).append("\">").append(HtmlUtils.htmlEscape(String.valueOf(value)))
                        .append("</li>"));
            }
            html.append("</ul></body></html>");
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(html.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
