package org.coproduce;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(CoproduceApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicParts() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagrams() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
