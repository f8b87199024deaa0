package org.coproduce.assessment;

import java.util.Set;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.web.NavigationItem;
import org.coproduce.web.UploadLimit;
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

    @Bean
    UploadLimit frameworkFileLimit() {
        return new UploadLimit("/assessment/frameworks", "A framework file must be smaller than 200 KB.");
    }

    @Bean
    UploadLimit evidenceLimit() {
        return new UploadLimit("/assessment/rounds/*/rate", "Each evidence file must be smaller than 10 MB, and the files you send at once must be smaller than 20 MB together.");
    }
}
