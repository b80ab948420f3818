package vn.dangnhap.directory.internal;

import vn.dangnhap.admin.AdminCsvUpload;
import vn.dangnhap.admin.AdminForms;
import vn.dangnhap.admin.ActingAdmin;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.dangnhap.shared.DomainException;
import vn.dangnhap.shared.InvalidInputException;

/** The console page for importing officials from a CSV file; the work is done by {@link OfficialCsvImport}. */
@Controller
class ImportPage {

    private final OfficialCsvImport csvImport;
    private final AdminForms errors;

    ImportPage(OfficialCsvImport csvImport, AdminForms errors) {
        this.csvImport = csvImport;
        this.errors = errors;
    }

    @GetMapping("/admin/import")
    String page(Model model) {
        return page(model, null, false, false, Map.of());
    }

    @PostMapping("/admin/import")
    String importCsv(@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "false") boolean validRowsOnly,
                     @RequestParam(defaultValue = "false") boolean dryRun, ActingAdmin admin, HttpServletResponse response, Model model, Locale locale) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "admin.import.empty");
            }
            if (file.getSize() > AdminCsvUpload.MAX_BYTES) {
                throw new InvalidInputException("file", "admin.import.too-large", AdminCsvUpload.MAX_BYTES / (1024 * 1024));
            }
            OfficialCsvImport.Report report = csvImport.run(file.getBytes(),
                    new AdminCsvUpload.Options(validRowsOnly, dryRun), admin, locale);
            if (report.rejected() && !dryRun) {
                response.setStatus(422);
            }
            return page(model, report, validRowsOnly, dryRun, Map.of());
        } catch (DomainException e) {
            response.setStatus(400);
            return page(model, null, validRowsOnly, dryRun, errors.errors(e, locale, Set.of("file"), Map.of()));
        }
    }

    private static String page(Model model, OfficialCsvImport.Report report, boolean validRowsOnly, boolean dryRun,
                               Map<String, String> fieldErrors) {
        model.addAttribute("report", report);
        model.addAttribute("validRowsOnly", validRowsOnly);
        model.addAttribute("dryRun", dryRun);
        model.addAttribute("maxRows", AdminCsvUpload.MAX_ROWS);
        model.addAttribute("maxMegabytes", AdminCsvUpload.MAX_BYTES / (1024 * 1024));
        model.addAttribute("fieldErrors", fieldErrors);
        return "admin/import";
    }
}
