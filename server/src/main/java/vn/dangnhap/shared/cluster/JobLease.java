package vn.dangnhap.shared.cluster;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code shared_job_lease}: a scheduled job runs on one node of the cluster at a time. A node
 * claims the job's row for a lease with one conditional UPDATE (the database decides who wins; the
 * row is created by the first claim); a node that dies mid-run loses the row when the lease runs out.
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
        var until = now.plus(lease).atOffset(ZoneOffset.UTC);
        boolean claimed = jdbc.sql("UPDATE shared_job_lease SET locked_until = ?, locked_by = ? WHERE name = ? AND locked_until <= ?")
                .params(until, node, job, now.atOffset(ZoneOffset.UTC))
                .update() == 1;
        if (claimed) {
            return true;
        }
        if (jdbc.sql("SELECT COUNT(*) FROM shared_job_lease WHERE name = ?").param(job).query(Long.class).single() > 0) {
            return false;
        }
        try {
            return jdbc.sql("INSERT INTO shared_job_lease (name, locked_until, locked_by) VALUES (?, ?, ?)")
                    .params(job, until, node).update() == 1;
        } catch (DataIntegrityViolationException anotherNodeWasFirst) {
            return false;
        }
    }

    /**
     * Gives the job back, if this node still holds it: free at once, whatever another node's
     * clock says (the job is idempotent, so a second run right after does nothing new).
     */
    public void release(String job) {
        jdbc.sql("UPDATE shared_job_lease SET locked_until = ? WHERE name = ? AND locked_by = ?")
                .params(Instant.EPOCH.atOffset(ZoneOffset.UTC), job, node).update();
    }

    /** Runs {@code work} if this node gets the job, and gives it back afterwards; false when another node has it. */
    public boolean runOnce(String job, Duration lease, Runnable work) {
        if (!claim(job, lease)) {
            return false;
        }
        try {
            work.run();
            return true;
        } finally {
            release(job);
        }
    }
}
