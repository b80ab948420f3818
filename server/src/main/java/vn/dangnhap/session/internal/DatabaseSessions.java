package vn.dangnhap.session.internal;

import java.util.List;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionOperations;

/**
 * SSO sessions in the database (tables {@code session_store} and {@code session_store_attributes},
 * Spring Session's JDBC layout), the default store: every node reads the same rows, so a session
 * started on one node continues on any other and survives a restart.
 *
 * <p>Each statement commits on its own (no BEGIN/COMMIT around a read or a save: a page view costs
 * one SELECT and, when the session changed, one UPDATE). A save that writes several rows is not
 * atomic; a crash between them leaves a session missing an attribute, which reads like a step not
 * yet taken. Ending a session is deleting its row; the node whose delete removed it — one in the whole
 * cluster, whoever else tries at the same moment — tells {@link SessionEndings}, so the
 * applications hear of it once. Expired sessions are deleted by {@link SessionExpiry}.
 */
class DatabaseSessions extends JdbcIndexedSessionRepository {

    static final String TABLE = "session_store";

    private final JdbcTemplate jdbc;
    private final SessionAttributeCodec codec;
    private final SessionEndings endings;

    DatabaseSessions(JdbcTemplate jdbc, SessionAttributeCodec codec, SessionEndings endings) {
        super(jdbc, TransactionOperations.withoutTransaction());
        this.jdbc = jdbc;
        this.codec = codec;
        this.endings = endings;
        setTableName(TABLE);
        GenericConversionService conversion = new GenericConversionService();
        conversion.addConverter(Object.class, byte[].class, codec.writer());
        conversion.addConverter(byte[].class, Object.class, codec.reader());
        setConversionService(conversion);
        setCleanupCron(org.springframework.scheduling.annotation.Scheduled.CRON_DISABLED);
    }

    /** Deletes the session; if this call removed it and someone was signed in, the SSO session ended. */
    @Override
    public void deleteById(String id) {
        Object context = securityContextOf(id);
        if (jdbc.update("DELETE FROM " + TABLE + " WHERE session_id = ?", id) == 1) {
            endings.ended(id, context);
        }
    }

    /** Ids of the sessions past their expiry time, oldest first, at most {@code limit}. */
    List<String> expiredSignedIn(long nowMillis, int limit) {
        return jdbc.queryForList("SELECT session_id FROM " + TABLE
                + " WHERE expiry_time < ? AND principal_name IS NOT NULL ORDER BY expiry_time LIMIT " + limit, String.class, nowMillis);
    }

    /** Deletes expired sessions nobody was signed in to (no one to tell); returns how many. */
    int deleteExpiredAnonymous(long nowMillis) {
        return jdbc.update("DELETE FROM " + TABLE + " WHERE expiry_time < ? AND principal_name IS NULL", nowMillis);
    }

    private Object securityContextOf(String id) {
        List<byte[]> stored = jdbc.query("""
                SELECT a.attribute_bytes FROM %1$s_attributes a JOIN %1$s s ON s.primary_id = a.session_primary_id
                WHERE s.session_id = ? AND a.attribute_name = ?""".formatted(TABLE),
                (rs, n) -> rs.getBytes(1), id, HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return stored.isEmpty() ? null : codec.read(stored.get(0));
    }
}
