package org.coproduce.groups;

import java.util.Set;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class GroupsNavigation {

    @Bean
    NavigationItem groupsLink() {
        return new NavigationItem("Groups", "/groups",
                "The board, working groups and champions: who is in them, their meetings and what they decided.",
                Set.of(CurrentUser.MEMBER), 30);
    }
}
