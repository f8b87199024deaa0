package org.coproduce.publishing;

import java.util.Set;
import org.coproduce.accounts.Role;
import org.coproduce.web.NavigationItem;
import org.coproduce.web.UploadLimit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PublishingNavigation {

    @Bean
    NavigationItem publicPagesLink() {
        return new NavigationItem("Public pages", "/publishing",
                "Your co-production policy and plan, updates, and papers and minutes, for everyone to read.",
                Set.of(Role.COORDINATOR.authority()), 85);
    }

    @Bean
    UploadLimit photoLimit() {
        return new UploadLimit("/whos-who/*", "A photo must be smaller than 5 MB.");
    }

    @Bean
    UploadLimit documentLimit() {
        return new UploadLimit("/publishing/*/files", "A document must be smaller than 10 MB.");
    }
}
