package org.coproduce.accounts;

import java.util.Set;
import org.coproduce.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccountsNavigation {

    @Bean
    NavigationItem homeLink() {
        return new NavigationItem("Home", "/home", "", Set.of(CurrentUser.MEMBER), 0);
    }
}
