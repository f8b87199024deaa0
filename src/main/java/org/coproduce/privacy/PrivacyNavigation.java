package org.coproduce.privacy;

import java.util.Set;
import org.coproduce.accounts.Role;
import org.coproduce.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PrivacyNavigation {

    @Bean
    NavigationItem privacyLink() {
        return new NavigationItem("Privacy", "/privacy/requests",
                "Copies of everything we hold about someone, when they ask, and who looked at or changed people's details.",
                Set.of(Role.COORDINATOR.authority()), 95);
    }
}
