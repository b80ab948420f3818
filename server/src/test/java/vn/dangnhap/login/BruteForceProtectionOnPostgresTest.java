package vn.dangnhap.login;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dangnhap.testsupport.PostgresTestDatabase;

/** Brute-force protection on PostgreSQL: the counters' row locks, upserts and time columns for real. */
class BruteForceProtectionOnPostgresTest extends BruteForceProtectionHttpTest {

    private static final PostgresTestDatabase.Database DATABASE = PostgresTestDatabase.create();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        DATABASE.register(registry);
    }
}
