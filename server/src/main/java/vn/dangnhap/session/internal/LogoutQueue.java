package vn.dangnhap.session.internal;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import vn.dangnhap.session.LogoutAnswer;
import vn.dangnhap.session.LogoutMessage;
import vn.dangnhap.session.LogoutNotice;
import vn.dangnhap.session.internal.LogoutDeliveryStore.Delivery;

/**
 * The durable logout queue: notices survive restarts and each is sent by one node only. What an
 * answer means is the protocol's to say ({@link LogoutMessage#judge(int)}: CAS takes any 2xx or 3xx
 * as delivered, OpenID Connect 200 and 204; a client error is final either way). Only a failed
 * connection (refused, reset, timed out) or a server error (5xx) is tried again, with growing delays
 * while the application is down: at most {@value #MAX_ATTEMPTS} attempts — at once, then after 5 s,
 * 30 s, 2 min, 10 min, 30 min, 1 h and 3 h (about 4 h 43 min in all) — then given up. Notices come in
 * only through the fan-out ({@link LogoutFanOut}), from the {@link vn.dangnhap.session.SessionParticipant}s.
 */
@Service
class LogoutQueue {

    private static final Logger log = LoggerFactory.getLogger(LogoutQueue.class);
    private static final List<Duration> BACKOFF = List.of(Duration.ofSeconds(5), Duration.ofSeconds(30),
            Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(3));
    /** The first attempt and one per delay of {@link #BACKOFF}. */
    static final int MAX_ATTEMPTS = 8;
    private static final Duration CLAIM = Duration.ofMinutes(1);
    private static final Duration KEEP_FINISHED = Duration.ofDays(7);

    private final LogoutDeliveryStore store;
    private final Map<String, LogoutMessage> messages;
    private final Clock clock;
    private final Executor kick = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    LogoutQueue(LogoutDeliveryStore store, List<LogoutMessage> messages, Clock clock) {
        this.store = store;
        this.messages = messages.stream().collect(Collectors.toUnmodifiableMap(LogoutMessage::protocol, Function.identity()));
        this.clock = clock;
    }

    /** Queues a notice in the caller's transaction; it is sent by the next {@link #sendSoon()} or scheduled run. */
    void enqueue(LogoutNotice notice) {
        if (!messages.containsKey(notice.protocol())) {
            throw new IllegalArgumentException("no logout message for protocol " + notice.protocol());
        }
        store.insert(notice, clock.instant());
    }

    /** Sends what is due now, off the caller's thread (after a logout, so the user does not wait). */
    void sendSoon() {
        kick.execute(this::deliverDue);
    }

    @Scheduled(fixedDelayString = "${dangnhap.session.logout-delivery-interval:PT5S}")
    public void deliverDue() {
        Instant now = clock.instant();
        for (Delivery delivery : store.due(now, 50)) {
            if (store.claim(delivery, now, now.plus(CLAIM))) {
                send(delivery);
            }
        }
    }

    private void send(Delivery d) {
        LogoutMessage message = messages.get(d.notice().protocol());
        int attempt = d.attempts() + 1;
        String error;
        try {
            HttpRequest request = HttpRequest.newBuilder(d.notice().endpoint()).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(message.formBody(d.notice()))).build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            LogoutAnswer answer = message.judge(status);
            if (answer == LogoutAnswer.DELIVERED) {
                // A redirect is noted: it is an application's logout page answering, not an error.
                finish(d, message, "DELIVERED", attempt, status < 300 ? null : "HTTP " + status);
                return;
            }
            if (answer == LogoutAnswer.REFUSED) {
                log.info("{} logout notice to {} refused with HTTP {}; not sent again", d.notice().protocol(),
                        d.notice().recipient(), status);
                finish(d, message, "REFUSED", attempt, "HTTP " + status);
                return;
            }
            error = "HTTP " + status;
        } catch (java.io.IOException | IllegalArgumentException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        error = cut(error);
        if (attempt >= MAX_ATTEMPTS) {
            finish(d, message, "GAVE_UP", attempt, error);
        } else {
            store.retryLater(d, attempt, clock.instant().plus(BACKOFF.get(attempt - 1)), error);
            log.info("{} logout notice to {} failed (attempt {}): {}; will retry", d.notice().protocol(),
                    d.notice().recipient(), attempt, error);
            message.attempted(d.notice(), "RETRYING", attempt, error);
        }
    }

    private void finish(Delivery d, LogoutMessage message, String status, int attempt, String error) {
        store.finish(d, status, attempt, error);
        message.attempted(d.notice(), status, attempt, error);
    }

    /** Forgets finished notices (delivered, refused, given up) after a week. */
    @Scheduled(fixedDelayString = "${dangnhap.session.cleanup-interval:PT10M}", initialDelayString = "PT1M")
    public int removeFinished() {
        int removed = store.removeFinishedBefore(clock.instant().minus(KEEP_FINISHED));
        if (removed > 0) {
            log.info("Cleanup: removed {} finished logout deliveries", removed);
        }
        return removed;
    }

    private static String cut(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }
}
