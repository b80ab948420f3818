package vn.dangnhap.credential.internal;

import vn.dangnhap.admin.AdminPanel;
import vn.dangnhap.admin.AdminForms;
import vn.dangnhap.admin.ActingAdmin;
import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangnhap.credential.internal.OfficialAdministration.StatusChange;
import vn.dangnhap.credential.PasswordLifecycleSettings;
import vn.dangnhap.directory.AccountLock;
import vn.dangnhap.directory.AccountStatus;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.OfficialAccount;
import vn.dangnhap.directory.OfficialInput;
import vn.dangnhap.directory.OfficialQuery;
import vn.dangnhap.shared.BusinessTime;
import vn.dangnhap.shared.DomainException;

/** Console pages for officials: filtered, paged list; create (optional initial password); edit; status changes. */
@Controller
@RequestMapping("/admin/officials")
class OfficialPages {

    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter LOCKED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BusinessTime.ZONE);
    private static final Set<String> FIELDS = Set.of("email", "fullName", "phone", "unitCode", "roles", "password");

    private final Directory directory;
    private final OfficialAdministration officials;
    private final AdminForms errors;
    private final PasswordLifecycleSettings lifecycle;
    private final List<AdminPanel> panels;

    OfficialPages(Directory directory, OfficialAdministration officials, AdminForms errors,
                  PasswordLifecycleSettings lifecycle, List<AdminPanel> panels) {
        this.lifecycle = lifecycle;
        this.directory = directory;
        this.officials = officials;
        this.errors = errors;
        this.panels = panels.stream().filter(p -> p.page().equals(AdminPanel.OFFICIAL))
                .sorted(java.util.Comparator.comparingInt(AdminPanel::order)).toList();
    }

    /** The official form as typed; roles as one line separated by commas, semicolons or spaces. */
    record OfficialForm(String email, String fullName, String phone, String unitCode, String roles, String password) {

        static OfficialForm of(OfficialAccount o) {
            return new OfficialForm(o.email().value(), o.fullName(), o.phone() == null ? "" : o.phone().e164(),
                    o.unitCode(), String.join(", ", o.roles().stream().sorted().toList()), "");
        }

        OfficialInput input() {
            List<String> roleList = roles == null ? List.of() : Arrays.asList(roles.split("[,;\\s]+"));
            return new OfficialInput(email, fullName, phone, unitCode, roleList);
        }
    }

    @GetMapping
    String list(@RequestParam(required = false) String text, @RequestParam(required = false) String unitCode,
                @RequestParam(required = false) String status, @RequestParam(defaultValue = "" + PAGE_SIZE) int limit,
                @RequestParam(defaultValue = "0") int offset, Model model) {
        AccountStatus wanted = Arrays.stream(AccountStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
        OfficialQuery query = new OfficialQuery(text, unitCode == null || unitCode.isBlank() ? null : unitCode, wanted, limit, offset);
        List<OfficialAccount> found = directory.officials(query);
        model.addAttribute("officials", found);
        model.addAttribute("query", query);
        model.addAttribute("statuses", Arrays.asList(AccountStatus.values()));
        model.addAttribute("units", directory.unitTree().inTreeOrder());
        model.addAttribute("previousOffset", query.offset() == 0 ? null : Math.max(0, query.offset() - query.limit()));
        model.addAttribute("nextOffset", found.size() < query.limit() ? null : query.offset() + query.limit());
        return "admin/officials";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        return form(model, new OfficialForm("", "", "", "", "", ""), null, Map.of());
    }

    @PostMapping
    String create(@ModelAttribute OfficialForm form, ActingAdmin admin, HttpServletResponse response, Model model, Locale locale,
                  RedirectAttributes redirect) {
        try {
            OfficialAccount created = officials.create(admin, form.input(), form.password());
            return saved(redirect, "admin.officials.created", created.email().value());
        } catch (DomainException e) {
            response.setStatus(400);
            // The password is never sent back to the browser.
            OfficialForm again = new OfficialForm(form.email(), form.fullName(), form.phone(), form.unitCode(), form.roles(), "");
            return form(model, again, null, errors.errors(e, locale, FIELDS, Map.of()));
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        OfficialAccount official = directory.official(id);
        return form(model, OfficialForm.of(official), official, Map.of());
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @ModelAttribute OfficialForm form, ActingAdmin admin, HttpServletResponse response, Model model, Locale locale,
                  RedirectAttributes redirect) {
        OfficialAccount current = directory.official(id);
        try {
            OfficialAccount updated = officials.update(admin, id, form.input());
            return saved(redirect, "admin.officials.updated", updated.email().value());
        } catch (DomainException e) {
            response.setStatus(400);
            return form(model, form, current, errors.errors(e, locale, FIELDS, Map.of()));
        }
    }

    @PostMapping("/{id}/password")
    String password(@PathVariable UUID id, @RequestParam(required = false) String password,
                    ActingAdmin admin,
                    HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) {
        OfficialAccount current = directory.official(id);
        try {
            officials.setPassword(admin, id, password);
            return saved(redirect, "admin.officials.password-set", current.email().value());
        } catch (DomainException e) {
            response.setStatus(400);
            return form(model, OfficialForm.of(current), current, errors.errors(e, locale, FIELDS, Map.of()));
        }
    }

    @PostMapping("/{id}/{change:disable|enable|lock|unlock}")
    String changeStatus(@PathVariable UUID id, @PathVariable String change, ActingAdmin admin, RedirectAttributes redirect) {
        StatusChange what = StatusChange.valueOf(change.toUpperCase(Locale.ROOT));
        OfficialAccount official = officials.change(admin, id, what);
        return saved(redirect, "admin.officials.status." + change, official.email().value());
    }

    private String form(Model model, OfficialForm form, OfficialAccount editing, Map<String, String> fieldErrors) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        // What other modules show on an official's page (e.g. account links), each in its own panel.
        model.addAttribute("panels", editing == null ? List.of()
                : panels.stream().map(p -> new AdminPanel.Rendered(p.fragment(), p.model(editing.id()))).toList());
        model.addAttribute("hasPassword", editing != null && officials.hasPassword(editing.id()));
        model.addAttribute("verifiedPin", editing == null ? null
                : directory.verifiedPinOf(editing.id()).map(vn.dangnhap.shared.IdNumbers::mask).orElse(null));
        AccountLock lock = editing == null ? null : officials.lockOf(editing.id()).orElse(null);
        model.addAttribute("lock", lock);
        model.addAttribute("lockWorkingDays", lifecycle.defaultPasswordWorkingDays());
        model.addAttribute("lockedAt", lock == null ? null : LOCKED_AT.format(lock.lockedAt()));
        model.addAttribute("temporarilyLockedUntil", editing == null ? null : officials.temporarilyLockedUntil(editing.id())
                .map(until -> java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(until.atZone(vn.dangnhap.shared.BusinessTime.ZONE)))
                .orElse(null));
        model.addAttribute("units", directory.unitTree().inTreeOrder());
        model.addAttribute("fieldErrors", fieldErrors);
        return "admin/official-form";
    }

    private static String saved(RedirectAttributes redirect, String notice, String email) {
        redirect.addFlashAttribute("notice", notice);
        redirect.addFlashAttribute("noticeArg", email);
        return "redirect:/admin/officials";
    }
}
