package org.coproduce.stories;

import java.util.Set;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StoriesNavigation {

    @Bean
    NavigationItem storiesLink() {
        return new NavigationItem("Stories", "/stories",
                "Tell your story in your own words, and choose who can read it.", Set.of(CurrentUser.MEMBER), 45);
    }
}
