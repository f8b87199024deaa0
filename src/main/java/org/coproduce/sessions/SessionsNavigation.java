package org.coproduce.sessions;

import java.util.Set;
import org.coproduce.accounts.CurrentUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.coproduce.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class SessionsNavigation {

    @Bean
    NavigationItem yourSessionsLink() {
        return new NavigationItem("Your sessions", "/your-sessions",
                "Sessions you are invited to: say whether you can come, and see what is coming up.",
                Set.of(CurrentUser.MEMBER), 15);
    }

    @Bean
    NavigationItem yourImpactLink() {
        return new NavigationItem("Your impact", "/your-impact",
                "What changed because of what you said and did.",
                Set.of(CurrentUser.MEMBER), 16);
    }
}
