package vn.dangnhap.credential.internal;

import vn.dangnhap.shared.cluster.JobLease;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.dangnhap.credential.PasswordExpiring;
import vn.dangnhap.credential.PasswordLifecycleSettings;
import vn.dangnhap.credential.PasswordRuleLocked;
import vn.dangnhap.credential.internal.LifecycleStore.Candidate;
import vn.dangnhap.credential.internal.PasswordLifecycleRules.Lock;
import vn.dangnhap.credential.internal.PasswordLifecycleRules.Warn;
import vn.dangnhap.directory.AccountStatus;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.OfficialAccount;

/**
 * Applies the time-based password rules ({@link PasswordLifecycleRules}) to every active
 * official with a password: locks with the reason, publishes {@link PasswordExpiring} for the
 * warnings. Idempotent (only active accounts are locked; each warning is recorded before it is
 * published) and run by one node at a time ({@link JobLease}). Schedule:
 * {@code dangnhap.password.lifecycle.cron}, hourly by default.
 */
@Component
public class PasswordLifecycleJob {

    static final String JOB = "password-lifecycle";
    private static final Logger log = LoggerFactory.getLogger(PasswordLifecycleJob.class);

    private final PasswordLifecycleSettings settings;
    private final PasswordLifecycleRules rules;
    private final LifecycleStore store;
    private final JobLease lease;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PasswordLifecycleJob(PasswordLifecycleSettings settings, PasswordLifecycleRules rules, LifecycleStore store,
                         JobLease lease, Directory directory, ApplicationEventPublisher events, Clock clock) {
        this.settings = settings;
        this.rules = rules;
        this.store = store;
        this.lease = lease;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${dangnhap.password.lifecycle.cron:" + PasswordLifecycleSettings.HOURLY + "}",
            zone = "Asia/Ho_Chi_Minh")
    void scheduled() {
        run();
    }

    /** One pass over the passwords; returns without doing anything when another node holds the job. */
    public void run() {
        if (!lease.claim(JOB, settings.lease())) {
            log.debug("Password lifecycle job skipped: another node is running it");
            return;
        }
        try {
            Instant now = clock.instant();
            for (Candidate password : store.candidates(rules.warnableIfChangedBy(now))) {
                try {
                    apply(password, now);
                } catch (RuntimeException e) {
                    // One broken account must not stop the rules for everyone else.
                    log.error("Password lifecycle rules failed for account {}", password.accountId(), e);
                }
            }
        } finally {
            lease.release(JOB);
        }
    }

    private void apply(Candidate password, Instant now) {
        OfficialAccount official = directory.findOfficial(password.accountId())
                .filter(o -> o.status() == AccountStatus.ACTIVE)
                .orElse(null);
        if (official == null) {
            return;
        }
        switch (rules.decide(password, now)) {
            case Lock lock -> {
                directory.lock(official.id(), lock.reason());
                events.publishEvent(new PasswordRuleLocked(official.id(), official.email().value(), lock.reason()));
                log.info("Locked {}: {}", official.email().value(), lock.reason());
            }
            case Warn warn -> {
                if (store.claimExpiryNotice(official.id(), password.changedAt(), warn.thresholdDays(), now)) {
                    events.publishEvent(new PasswordExpiring(official.id(), warn.daysLeft(), warn.expiresOn()));
                }
            }
            case PasswordLifecycleRules.Nothing nothing -> { }
        }
    }
}
