package vn.dangnhap.notice.internal;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.dangnhap.credential.DefaultPasswordIssued;
import vn.dangnhap.credential.PasswordExpiring;
import vn.dangnhap.credential.PasswordLifecycleSettings;
import vn.dangnhap.directory.AccountLock;
import vn.dangnhap.directory.AccountStatus;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.OfficialAccount;
import vn.dangnhap.directory.OfficialStatusChanged;

/**
 * Turns account events into e-mails to the official: locked, password expiring, default
 * password issued. Subject and body come from the message bundles ({@code notice.*}),
 * Vietnamese first and English below. Sent after the change is committed.
 */
@Component
class AccountNotices {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Directory directory;
    private final MessageSource messages;
    private final MailOut mail;
    private final NoticeProperties properties;
    private final PasswordLifecycleSettings lifecycle;
    private final String helpdesk;

    AccountNotices(Directory directory, MessageSource messages, MailOut mail, NoticeProperties properties,
                   PasswordLifecycleSettings lifecycle, @Value("${dangnhap.branding.helpdesk:}") String helpdesk) {
        this.directory = directory;
        this.messages = messages;
        this.mail = mail;
        this.properties = properties;
        this.lifecycle = lifecycle;
        this.helpdesk = helpdesk;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(OfficialStatusChanged changed) {
        if (changed.status() != AccountStatus.LOCKED) {
            return;
        }
        directory.findOfficial(changed.accountId()).ifPresent(official -> {
            String reasonKey = directory.lockOf(official.id())
                    .map(AccountLock::reason).map(r -> "lock.reason." + r.name()).orElse("lock.reason.UNKNOWN");
            send(official, "notice.locked", locale -> new Object[] {official.email().value(), official.fullName(),
                    text(reasonKey, locale, lifecycle.defaultPasswordWorkingDays()), helpdesk(locale)});
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PasswordExpiring expiring) {
        directory.findOfficial(expiring.accountId()).ifPresent(official ->
                send(official, "notice.expiring", locale -> new Object[] {official.email().value(), official.fullName(),
                        DAY.format(expiring.expiresOn()), String.valueOf(expiring.daysLeft()), helpdesk(locale)}));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(DefaultPasswordIssued issued) {
        String key = properties.includeDefaultPassword() ? "notice.reset-with-password" : "notice.reset";
        directory.findOfficial(issued.accountId()).ifPresent(official ->
                send(official, key, locale -> new Object[] {official.email().value(), official.fullName(),
                        lifecycle.defaultPasswordWorkingDays(), helpdesk(locale),
                        properties.includeDefaultPassword() ? issued.defaultPassword() : ""}));
    }

    private interface Arguments {
        Object[] in(Locale locale);
    }

    private void send(OfficialAccount official, String key, Arguments arguments) {
        Object[] vi = arguments.in(VI);
        Object[] en = arguments.in(Locale.ENGLISH);
        String subject = text(key + ".subject", VI, vi) + " / " + text(key + ".subject", Locale.ENGLISH, en);
        String body = text(key + ".body", VI, vi) + "\n\n---------- English ----------\n\n" + text(key + ".body", Locale.ENGLISH, en);
        mail.send(official.email().value(), subject, body);
    }

    private String helpdesk(Locale locale) {
        return helpdesk.isBlank() ? text("notice.helpdesk.none", locale) : helpdesk;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
