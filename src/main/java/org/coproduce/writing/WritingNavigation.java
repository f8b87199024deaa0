package org.coproduce.writing;

import java.util.Set;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.accounts.Role;
import org.coproduce.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WritingNavigation {

    @Bean
    NavigationItem checkMyWritingLink() {
        return new NavigationItem("Check my writing", "/check-my-writing",
                "See how easy your writing is to read, and what could be plainer, before you send it.", Set.of(CurrentUser.MEMBER), 70);
    }

    @Bean
    NavigationItem glossaryLink() {
        return new NavigationItem("Jargon buster", "/glossary",
                "Explain the words your partnership uses. Everyone can read them on your public jargon buster.",
                Set.of(Role.COORDINATOR.authority()), 75);
    }
}
