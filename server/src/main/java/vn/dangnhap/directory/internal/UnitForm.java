package vn.dangnhap.directory.internal;

import java.util.Arrays;
import vn.dangnhap.config.ConfigForm;
import vn.dangnhap.config.ConfigNode;
import vn.dangnhap.directory.UnitInput;
import vn.dangnhap.directory.UnitKind;

/**
 * An item of {@code units}: {@code code}, {@code name}, {@code kind} (required), {@code parentCode},
 * {@code enabled} (default true); the code and the name checked by the directory's {@link FieldRules}.
 * Whether the parent exists is the directory's to say when the file is applied.
 */
class UnitForm implements ConfigForm<UnitForm.Unit> {

    /** A unit as the file describes it. */
    record Unit(UnitInput input, boolean enabled) {

        String code() {
            return input.code();
        }
    }

    @Override
    public String name() {
        return "units";
    }

    @Override
    public String itemLabel() {
        return "unit";
    }

    @Override
    public String keyField() {
        return "code";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Unit read(ConfigNode item) {
        item.allowOnly("code", "name", "kind", "parentCode", "enabled");
        String code = item.text("code");
        String name = item.text("name");
        UnitKind kind = item.choice("kind", UnitKind.class);
        String parent = item.text("parentCode");
        boolean enabled = item.bool("enabled", true);
        if (code == null) {
            item.problem("code", "a unit needs a code");
            return null;
        }
        if (kind == null) {
            if (!item.has("kind")) {
                item.problem("kind", "a unit needs a kind, one of " + Arrays.toString(UnitKind.values()));
            }
            return null;
        }
        if (!item.attempt(() -> {
            FieldRules.unitCode(code);
            FieldRules.displayName("name", name);
        })) {
            return null;
        }
        return new Unit(new UnitInput(code, name, kind, parent), enabled);
    }
}
