package org.coproduce.feedback;

import java.util.Set;
import org.coproduce.accounts.Role;
import org.coproduce.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FeedbackNavigation {

    @Bean
    NavigationItem feedbackLink() {
        return new NavigationItem("Feedback", "/feedback",
                "Feedback from anyone, your replies, and what you show on \"you said, we did\".",
                Set.of(Role.COORDINATOR.authority()), 75);
    }
}
