package vn.dangnhap.linking.internal;

import vn.dangnhap.admin.AdminCsvUpload;
import vn.dangnhap.admin.ActingAdmin;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangnhap.linking.AppLink;
import vn.dangnhap.linking.ReleaseRule;
import vn.dangnhap.shared.DomainException;
import vn.dangnhap.shared.InvalidInputException;

/**
 * Console pages for account links: add and remove on the official's page, and {@code /admin/links}
 * with the pending self-service links (approve, refuse), the release rules, and the CSV import.
 */
@Controller
class LinkPages {

    private final LinkAdministration links;
    private final LinkCsvImport csvImport;
    private final MessageSource messages;

    LinkPages(LinkAdministration links, LinkCsvImport csvImport, MessageSource messages) {
        this.links = links;
        this.csvImport = csvImport;
        this.messages = messages;
    }

    @PostMapping("/admin/officials/{id}/links")
    String add(@PathVariable UUID id, @RequestParam(defaultValue = "") String application,
               @RequestParam(defaultValue = "") String applicationAccount, ActingAdmin admin, Locale locale, RedirectAttributes redirect) {
        try {
            links.create(admin, id, application, applicationAccount);
            redirect.addFlashAttribute("notice", "admin.links.added");
            redirect.addFlashAttribute("noticeArg", applicationAccount.strip());
        } catch (DomainException e) {
            redirect.addFlashAttribute("linkError", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
        }
        return "redirect:/admin/officials/" + id + "/edit#links-section";
    }

    @PostMapping("/admin/links/{id}/remove")
    String remove(@PathVariable UUID id, @RequestParam(required = false) UUID official,
                  ActingAdmin admin, RedirectAttributes redirect) {
        links.remove(admin, id);
        redirect.addFlashAttribute("notice", "admin.links.removed");
        redirect.addFlashAttribute("noticeArg", "");
        return official == null ? "redirect:/admin/links" : "redirect:/admin/officials/" + official + "/edit#links-section";
    }

    @GetMapping("/admin/links")
    String page(Model model) {
        return page(model, null);
    }

    @PostMapping("/admin/links/{id}/approve")
    String approve(@PathVariable UUID id, ActingAdmin admin,
                   RedirectAttributes redirect) {
        LinkAdministration.LinkRow row = links.approve(admin, id);
        redirect.addFlashAttribute("notice", "admin.links.approved");
        redirect.addFlashAttribute("noticeArg", row.link().applicationAccount());
        return "redirect:/admin/links";
    }

    @PostMapping("/admin/links/{id}/refuse")
    String refuse(@PathVariable UUID id, ActingAdmin admin,
                  RedirectAttributes redirect) {
        links.refuse(admin, id);
        redirect.addFlashAttribute("notice", "admin.links.refused");
        redirect.addFlashAttribute("noticeArg", "");
        return "redirect:/admin/links";
    }

    @PostMapping("/admin/links/rules")
    String rule(@RequestParam String application, @RequestParam(defaultValue = "EMAIL") ReleaseRule.Release release,
                @RequestParam(defaultValue = "false") boolean linkRequired, @RequestParam(defaultValue = "") String claimName,
                @RequestParam(defaultValue = "false") boolean asPreferredUsername, ActingAdmin admin, RedirectAttributes redirect) {
        links.setRule(admin, application, release, linkRequired, claimName, asPreferredUsername);
        redirect.addFlashAttribute("notice", "admin.links.rule-saved");
        redirect.addFlashAttribute("noticeArg", application);
        return "redirect:/admin/links";
    }

    @PostMapping("/admin/links/import")
    String importCsv(@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "false") boolean validRowsOnly,
                     @RequestParam(defaultValue = "false") boolean dryRun, ActingAdmin admin, HttpServletResponse response, Model model, Locale locale) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "admin.import.empty");
            }
            if (file.getSize() > AdminCsvUpload.MAX_BYTES) {
                throw new InvalidInputException("file", "admin.import.too-large", AdminCsvUpload.MAX_BYTES / (1024 * 1024));
            }
            LinkCsvImport.Report report = csvImport.run(file.getBytes(), new AdminCsvUpload.Options(validRowsOnly, dryRun),
                    admin, locale);
            if (report.rejected() && !dryRun) {
                response.setStatus(422);
            }
            return page(model, report);
        } catch (DomainException e) {
            response.setStatus(400);
            model.addAttribute("importError", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
            return page(model, null);
        }
    }

    private String page(Model model, LinkCsvImport.Report report) {
        model.addAttribute("pending", links.search(null, null, AppLink.Status.PENDING));
        model.addAttribute("rules", links.rules());
        model.addAttribute("applications", links.applications());
        model.addAttribute("releases", ReleaseRule.Release.values());
        model.addAttribute("report", report);
        return "admin/links";
    }
}
