package org.coproduce.privacy;

import java.util.Set;
import org.coproduce.accounts.Role;
import org.coproduce.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PrivacyNavigation {

    @Bean
    NavigationItem auditLogLink() {
        return new NavigationItem("Audit log", "/privacy/audit-log",
                "Who looked at people's private details, and who changed people's details, roles and money.",
                Set.of(Role.COORDINATOR.authority()), 95);
    }
}
