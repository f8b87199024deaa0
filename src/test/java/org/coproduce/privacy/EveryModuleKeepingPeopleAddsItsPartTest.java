package org.coproduce.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.coproduce.personaldata.Forgetting;
import org.coproduce.personaldata.PersonalData;
import org.coproduce.support.CoproduceTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each module that keeps something about people declares its part of a person's copy and of their erasure, so nothing
 * is left out of either. A new module that keeps people's data belongs in this list.
 */
@CoproduceTest
class EveryModuleKeepingPeopleAddsItsPartTest {

    static final List<String> KEEPING_PEOPLE = List.of("people", "privacy", "groups", "sessions", "projects", "assessment",
            "opportunities", "payments", "stories", "feedback", "publishing", "notifications");

    @Autowired List<PersonalData> copies;
    @Autowired List<Forgetting> erasures;

    @Test
    void everyModuleThatKeepsPeoplesDataHasAPartInTheCopy() {
        assertThat(modulesOf(copies)).containsAll(KEEPING_PEOPLE);
    }

    @Test
    void everyModuleThatKeepsPeoplesDataHasAPartInErasure() {
        assertThat(modulesOf(erasures)).containsAll(KEEPING_PEOPLE);
    }

    @Test
    void theCopyStartsWithTheRegisterAndErasureEndsWithIt() {
        assertThat(modulesOf(copies).get(0)).isEqualTo("people");
        assertThat(modulesOf(erasures).get(erasures.size() - 1)).isEqualTo("people");
    }

    private static List<String> modulesOf(List<?> beans) {
        return beans.stream().map(bean -> AopUtils.getTargetClass(bean).getPackageName().replace("org.coproduce.", "")).toList();
    }
}
