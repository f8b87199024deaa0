package org.coproduce.notifications;

import java.util.Set;
import org.coproduce.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NotificationsNavigation {

    @Bean
    NavigationItem messagesLink() {
        // The authority is spelt out, as accounts, where roles live, itself sends email through this module.
        return new NavigationItem("Emails", "/messages",
                "Emails Coproduce sent for you, and any that could not be sent.", Set.of("ROLE_COORDINATOR"), 96);
    }
}
