package org.coproduce.stories;

import java.util.Set;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.web.NavigationItem;
import org.coproduce.web.UploadLimit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StoriesNavigation {

    @Bean
    NavigationItem storiesLink() {
        return new NavigationItem("Stories", "/stories",
                "Tell your story in your own words, and choose who can read it.", Set.of(CurrentUser.MEMBER), 45);
    }

    @Bean
    UploadLimit recordingLimit() {
        return new UploadLimit("/stories/new", "A recording must be smaller than 15 MB. A few minutes is plenty.");
    }
}
