package org.coproduce.assessment;

import java.util.Set;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AssessmentNavigation {

    @Bean
    NavigationItem frameworksLink() {
        return new NavigationItem("Self-assessment", "/assessment",
                "Check if co-production is happening: everyone rates how it is going, and you see where people agree and where they do not.",
                Set.of(CurrentUser.MEMBER), 50);
    }
}
