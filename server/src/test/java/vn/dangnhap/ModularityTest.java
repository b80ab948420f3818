package vn.dangnhap;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module borders of DESIGN.md §2: each top-level package talks to another only through its
 * public API or events, and no two modules depend on each other in a cycle. Also writes the
 * module map (PlantUML and canvases) to {@code target/spring-modulith-docs}.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(DangnhapApplication.class);

    @Test
    void modulesUseOnlyEachOthersPublicApiWithoutCycles() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation();
    }
}
