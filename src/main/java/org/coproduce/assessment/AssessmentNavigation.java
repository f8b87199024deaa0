package org.coproduce.assessment;

import java.util.Set;
import org.coproduce.accounts.Role;
import org.coproduce.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AssessmentNavigation {

    @Bean
    NavigationItem frameworksLink() {
        return new NavigationItem("Self-assessment", "/assessment/frameworks",
                "Check if co-production is happening: the frameworks everyone rates, built in or your own.",
                Set.of(Role.COORDINATOR.authority()), 50);
    }
}
