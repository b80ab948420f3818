package vn.dangnhap.citizen.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangnhap.citizen.CitizenAccountsMerged;

/**
 * When two accounts of one person are merged, the consents and verification attempts of the merged
 * account move to the survivor (the issue: "move links, consents and history"), in the merging
 * transaction: the survivor is the account whose consent evidence must be shown on request.
 */
@Component
class ConsentsFollowMerge {

    private final JdbcClient jdbc;

    ConsentsFollowMerge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CitizenAccountsMerged merged) {
        jdbc.sql("UPDATE citizen_consent SET account_id = ? WHERE account_id = ?")
                .params(merged.survivorId(), merged.mergedId()).update();
        jdbc.sql("UPDATE citizen_verification_attempt SET account_id = ? WHERE account_id = ?")
                .params(merged.survivorId(), merged.mergedId()).update();
    }
}
