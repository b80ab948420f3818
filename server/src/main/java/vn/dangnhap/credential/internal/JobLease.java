package vn.dangnhap.credential.internal;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code credential_job_lock}: a job runs on one node at a time. A node claims the job's
 * row for a lease with one conditional UPDATE (the database decides who wins); a node that dies
 * mid-run loses the row when the lease runs out.
 */
@Repository
public class JobLease {

    /** This node, as written in {@code locked_by}: process name plus a per-start id. */
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private final JdbcClient jdbc;
    private final Clock clock;

    public JobLease(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True when this node now holds the job for {@code lease}; false when another node does. */
    public boolean claim(String job, Duration lease) {
        var now = clock.instant();
        return jdbc.sql("UPDATE credential_job_lock SET locked_until = ?, locked_by = ? WHERE name = ? AND locked_until <= ?")
                .params(now.plus(lease).atOffset(ZoneOffset.UTC), node, job, now.atOffset(ZoneOffset.UTC))
                .update() == 1;
    }

    /**
     * Gives the job back, if this node still holds it: free at once, whatever another node's
     * clock says (the job is idempotent, so a second run right after does nothing new).
     */
    public void release(String job) {
        jdbc.sql("UPDATE credential_job_lock SET locked_until = ? WHERE name = ? AND locked_by = ?")
                .params(Instant.EPOCH.atOffset(ZoneOffset.UTC), job, node).update();
    }
}
