package vn.dangnhap.directory.internal;

import vn.dangnhap.directory.UnitTree;
import vn.dangnhap.admin.ActingAdmin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.dangnhap.directory.OrganisationUnit;
import vn.dangnhap.directory.UnitInput;
import vn.dangnhap.directory.UnitKind;
import vn.dangnhap.shared.NotFoundException;

/** Organisation units over JSON. */
@RestController
@RequestMapping("/api/admin/units")
@Tag(name = "Organisation units", description = "The unit tree: province, departments, districts, offices, communes")
class UnitApi {

    private final UnitAdministration units;

    UnitApi(UnitAdministration units) {
        this.units = units;
    }

    /** A unit; {@code depth} is 0 for the root. */
    record UnitView(String code, String name, UnitKind kind, String parentCode, boolean enabled, int depth) {

        static UnitView of(UnitTree.Row row) {
            OrganisationUnit u = row.unit();
            return new UnitView(u.code(), u.name(), u.kind(), u.parentCode(), u.enabled(), row.depth());
        }
    }

    /** A unit as sent; on PUT the code comes from the path and {@code code} is ignored. */
    record UnitRequest(String code, String name, UnitKind kind, String parentCode) {

        UnitInput input() {
            return new UnitInput(code, name, kind, parentCode);
        }
    }

    @GetMapping
    @Operation(summary = "List all units in tree order (parents before children)")
    List<UnitView> list() {
        return units.tree().stream().map(UnitView::of).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One unit")
    UnitView one(@PathVariable String code) {
        return view(code);
    }

    @PostMapping
    @Operation(summary = "Create a unit (201); 400 on bad input, 409 when the code is taken")
    ResponseEntity<UnitView> create(@RequestBody UnitRequest body, ActingAdmin admin) {
        OrganisationUnit unit = units.create(admin, body.input());
        return ResponseEntity.created(URI.create("/api/admin/units/" + unit.code())).body(view(unit.code()));
    }

    @PutMapping("/{code}")
    @Operation(summary = "Change a unit's name, level or parent")
    UnitView update(@PathVariable String code, @RequestBody UnitRequest body,
                    ActingAdmin admin) {
        OrganisationUnit unit = units.update(admin, code, body.input());
        return view(unit.code());
    }

    @PostMapping("/{code}/disable")
    @Operation(summary = "Disable a unit: no new officials may be placed in it")
    UnitView disable(@PathVariable String code, ActingAdmin admin) {
        return view(units.setEnabled(admin, code, false).code());
    }

    @PostMapping("/{code}/enable")
    @Operation(summary = "Enable a disabled unit again")
    UnitView enable(@PathVariable String code, ActingAdmin admin) {
        return view(units.setEnabled(admin, code, true).code());
    }

    private UnitView view(String code) {
        String wanted = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        return units.tree().stream().filter(r -> r.unit().code().equals(wanted)).findFirst().map(UnitView::of)
                .orElseThrow(() -> new NotFoundException("unit.not-found", abbreviate(code)));
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
