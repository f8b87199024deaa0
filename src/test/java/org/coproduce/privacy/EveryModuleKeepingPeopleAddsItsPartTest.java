package org.coproduce.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.coproduce.support.CoproduceTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;

/** Each module that keeps something about people declares its part of the copy, so nothing is left out of it. */
@CoproduceTest
class EveryModuleKeepingPeopleAddsItsPartTest {

    @Autowired List<PersonalData> parts;

    @Test
    void everyModuleThatKeepsPeoplesDataHasAPartInTheCopy() {
        List<String> modules = parts.stream().map(part -> AopUtils.getTargetClass(part).getPackageName()).toList();

        assertThat(modules).contains("org.coproduce.people", "org.coproduce.privacy", "org.coproduce.groups", "org.coproduce.sessions",
                "org.coproduce.projects", "org.coproduce.assessment", "org.coproduce.opportunities");
    }
}
