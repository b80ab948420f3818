package vn.dangnhap.config;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dangnhap.testsupport.PostgresTestDatabase;

/** {@link ConfigurationAsCodeTest} on PostgreSQL (its second database, through the command line, stays H2). */
class ConfigurationAsCodeOnPostgresTest extends ConfigurationAsCodeTest {

    private static final PostgresTestDatabase.Database DATABASE = PostgresTestDatabase.create();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        DATABASE.register(registry);
    }
}
