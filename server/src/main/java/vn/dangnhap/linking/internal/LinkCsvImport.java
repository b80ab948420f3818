package vn.dangnhap.linking.internal;

import vn.dangnhap.admin.AdminCsvUpload;
import vn.dangnhap.admin.AdminChanges;
import vn.dangnhap.admin.ActingAdmin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.EmailAddress;
import vn.dangnhap.directory.OfficialAccount;
import vn.dangnhap.linking.AccountLinks;
import vn.dangnhap.linking.AppLink;
import vn.dangnhap.directory.Application;
import vn.dangnhap.directory.ApplicationCatalogue;
import vn.dangnhap.shared.DomainException;

/**
 * Imports account links from CSV ({@code email,application,application_account}, UTF-8, BOM
 * allowed), in the manner of {@link OfficialCsvImport}: every row is checked (unknown e-mail,
 * unknown application, bad name, a name repeated in the file or already someone's link, an
 * official already linked to the application); then all rows are stored in one transaction, or
 * none when any row is bad unless only the valid rows were asked for. A dry run only checks.
 */
@Service
class LinkCsvImport {

    static final List<String> HEADER = List.of("email", "application", "application_account");

    private final Directory directory;
    private final ApplicationCatalogue catalogue;
    private final AccountLinks links;
    private final AdminChanges changes;
    private final MessageSource messages;

    LinkCsvImport(Directory directory, ApplicationCatalogue catalogue, AccountLinks links, AdminChanges changes,
                  MessageSource messages) {
        this.directory = directory;
        this.catalogue = catalogue;
        this.links = links;
        this.changes = changes;
        this.messages = messages;
    }

    /** One data row: its record number (the header is row 1), what it says, and what is wrong with it. */
    record RowReport(long row, String email, String application, String applicationAccount, boolean valid,
                     List<String> messages) {}

    record Report(boolean dryRun, boolean validRowsOnly, int totalRows, int validRows, int invalidRows, int imported,
                  boolean rejected, List<RowReport> rows) {}

    private record ValidRow(OfficialAccount official, Application application, String applicationAccount) {}

    @Transactional
    Report run(byte[] file, AdminCsvUpload.Options options, ActingAdmin actor, Locale locale) {
        List<CSVRecord> records = AdminCsvUpload.records(AdminCsvUpload.decode(file), HEADER);
        List<RowReport> rows = new ArrayList<>();
        List<ValidRow> valid = new ArrayList<>();
        Map<String, Long> firstRowOfName = new HashMap<>();
        Map<String, Long> firstRowOfLink = new HashMap<>();
        for (CSVRecord record : records) {
            List<String> problems = new ArrayList<>();
            String email = field(record, 0);
            String code = field(record, 1);
            String name = field(record, 2);
            if (record.size() != HEADER.size()) {
                problems.add(message("admin.import.row.columns", locale, record.size(), HEADER.size()));
                rows.add(new RowReport(record.getRecordNumber(), email, code, name, false, List.copyOf(problems)));
                continue;
            }
            Optional<OfficialAccount> official = official(email);
            if (official.isEmpty()) {
                problems.add(message("admin.links.import.email.unknown", locale, email));
            }
            Optional<Application> application = catalogue.find(code);
            if (application.isEmpty()) {
                problems.add(message("admin.links.import.application.unknown", locale, code));
            }
            String accountName = null;
            try {
                accountName = AccountLinks.applicationAccount(name);
            } catch (DomainException e) {
                problems.add(message(e.messageKey(), locale, e.arguments()));
            }
            if (application.isPresent() && accountName != null) {
                String appCode = application.get().code();
                Long first = firstRowOfName.putIfAbsent(appCode + "\n" + accountName.toLowerCase(Locale.ROOT),
                        record.getRecordNumber());
                if (first != null) {
                    problems.add(message("admin.links.import.name.duplicate", locale, accountName, appCode, first));
                } else if (links.holderOf(appCode, accountName)
                        .filter(l -> official.isEmpty() || !l.accountId().equals(official.get().id())).isPresent()) {
                    problems.add(message("admin.links.import.name.claimed", locale, accountName, appCode));
                }
                if (official.isPresent()) {
                    Long firstLink = firstRowOfLink.putIfAbsent(official.get().id() + "\n" + appCode, record.getRecordNumber());
                    Optional<AppLink> existing = links.linkOf(official.get().id(), appCode);
                    if (existing.isPresent()) {
                        problems.add(message("admin.links.import.already-linked", locale, official.get().email().value(),
                                appCode, existing.get().applicationAccount()));
                    } else if (firstLink != null) {
                        problems.add(message("admin.links.import.official.duplicate", locale, official.get().email().value(),
                                appCode, firstLink));
                    }
                }
            }
            if (problems.isEmpty()) {
                valid.add(new ValidRow(official.orElseThrow(), application.orElseThrow(), accountName));
            }
            rows.add(new RowReport(record.getRecordNumber(), email, code, name, problems.isEmpty(), List.copyOf(problems)));
        }
        int invalid = (int) rows.stream().filter(r -> !r.valid()).count();
        boolean rejected = invalid > 0 && !options.validRowsOnly();
        int imported = 0;
        if (!options.dryRun() && !rejected) {
            for (ValidRow row : valid) {
                links.create(row.official().id(), row.application().code(), row.applicationAccount(), AppLink.Origin.IMPORT,
                        actor.email());
                imported++;
            }
            changes.record(actor, "LINKS_IMPORTED", null,
                    imported + " of " + rows.size() + " rows imported" + (invalid > 0 ? ", " + invalid + " invalid rows skipped" : ""));
        }
        return new Report(options.dryRun(), options.validRowsOnly(), rows.size(), valid.size(), invalid, imported, rejected,
                List.copyOf(rows));
    }

    private Optional<OfficialAccount> official(String email) {
        try {
            return directory.findOfficial(EmailAddress.parse(email));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String field(CSVRecord record, int index) {
        String value = record.size() > index ? record.get(index).strip() : "";
        return value.length() <= 200 ? value : value.substring(0, 200) + "…";
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
