package vn.dangnhap.admin.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's header ({@code /v3/api-docs}): title, version, and HTTP Basic as the way in. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BASIC = "basicAuth";

    @Bean
    OpenAPI adminOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Dangnhap admin API").version("v1")
                        .description("Organisation units, officials (incl. CSV import), applications and their access "
                                + "rules, OpenID Connect clients and token-signing keys, and the audit trail. For administrators (role ADMIN), HTTP Basic. Errors are "
                                + "RFC 9457 problem documents."))
                .components(new Components().addSecuritySchemes(BASIC,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("An administrator's e-mail and password")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }
}
