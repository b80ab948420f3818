package vn.dangnhap.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Both ways of getting a test database give an empty PostgreSQL database of its own. */
class PostgresTestDatabaseTest {

    @Test
    void startsEmbeddedPostgresWhenNoServerListens() throws Exception {
        PostgresTestDatabase.Database first = PostgresTestDatabase.create("127.0.0.1", closedPort());
        PostgresTestDatabase.Database second = PostgresTestDatabase.create("127.0.0.1", closedPort());

        assertThat(first.source()).isEqualTo(PostgresTestDatabase.Source.EMBEDDED);
        assertThat(second.name()).isNotEqualTo(first.name());
        assertFreshPostgres(first);
        assertFreshPostgres(second);
    }

    @Test
    void givesEachCallAFreshDatabaseOnTheConfiguredServer() throws Exception {
        PostgresTestDatabase.Database database = PostgresTestDatabase.create();

        assertFreshPostgres(database);
        assertThat(database.jdbcUrl()).endsWith("/" + database.name());
    }

    private static void assertFreshPostgres(PostgresTestDatabase.Database database) throws SQLException {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password())) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            assertThat(c.getCatalog()).isEqualTo(database.name());
            try (ResultSet tables = c.createStatement().executeQuery(
                    "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
                tables.next();
                assertThat(tables.getInt(1)).as("no tables yet").isZero();
            }
        }
    }

    /** A port nothing listens on: bound, noted and released. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
