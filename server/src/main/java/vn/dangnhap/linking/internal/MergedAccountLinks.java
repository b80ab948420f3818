package vn.dangnhap.linking.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dangnhap.citizen.CitizenAccountsMerged;
import vn.dangnhap.linking.AccountLinksMoved;
import vn.dangnhap.linking.AppLink;

/**
 * Moves the links of a merged citizen account to the surviving account, in the merging
 * transaction (a failure here undoes the merge). One link per account and application: when both
 * accounts are linked to the same application the survivor keeps its own link — the administrator
 * chose the survivor — and the merged account's link stays where it was, inert and readable, and is
 * named in the audit line.
 */
@Component
class MergedAccountLinks {

    private final LinkStore links;
    private final ApplicationEventPublisher events;

    MergedAccountLinks(LinkStore links, ApplicationEventPublisher events) {
        this.links = links;
        this.events = events;
    }

    @EventListener
    void on(CitizenAccountsMerged merged) {
        List<AppLink> moved = new ArrayList<>();
        List<AppLink> leftBehind = new ArrayList<>();
        for (AppLink link : links.search(merged.mergedId(), null, null, 1000)) {
            if (links.byAccount(merged.survivorId(), link.applicationCode()).isPresent()) {
                leftBehind.add(link);
            } else if (links.reassign(link.id(), merged.survivorId())) {
                moved.add(link);
            }
        }
        if (!moved.isEmpty() || !leftBehind.isEmpty()) {
            events.publishEvent(new AccountLinksMoved(merged.mergedId(), merged.survivorId(), moved, leftBehind,
                    merged.actor()));
        }
    }
}
