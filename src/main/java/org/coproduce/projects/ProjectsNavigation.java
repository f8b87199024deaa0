package org.coproduce.projects;

import java.util.Set;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProjectsNavigation {

    @Bean
    NavigationItem projectsLink() {
        return new NavigationItem("Projects", "/projects",
                "Pieces of work people do together: their purpose, team, preparation and where they sit on the ladder.",
                Set.of(CurrentUser.MEMBER), 25);
    }
}
