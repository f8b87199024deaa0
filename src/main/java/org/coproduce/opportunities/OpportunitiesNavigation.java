package org.coproduce.opportunities;

import java.util.Set;
import org.coproduce.accounts.Role;
import org.coproduce.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpportunitiesNavigation {

    @Bean
    NavigationItem getInvolvedLink() {
        return new NavigationItem("Get involved", "/opportunities",
                "Opportunities to take part, and the people who said they are interested.", Set.of(Role.COORDINATOR.authority()), 86);
    }
}
