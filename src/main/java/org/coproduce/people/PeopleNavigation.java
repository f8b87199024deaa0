package org.coproduce.people;

import java.util.Set;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.accounts.Role;
import org.coproduce.web.NavigationItem;
import org.coproduce.web.UploadLimit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PeopleNavigation {

    @Bean
    NavigationItem peopleLink() {
        return new NavigationItem("People", "/people",
                "Find people in the register, add someone new, or bring in a spreadsheet.",
                Set.of(Role.COORDINATOR.authority(), Role.STAFF.authority()), 20);
    }

    @Bean
    NavigationItem profileLink() {
        return new NavigationItem("Your profile", "/profile",
                "Check and change your details, what helps you take part, and your consents.",
                Set.of(CurrentUser.MEMBER), 90);
    }

    @Bean
    UploadLimit spreadsheetLimit() {
        return new UploadLimit("/people/import", "A spreadsheet of people must be smaller than 5 MB, with no more than 5,000 people. Split it into smaller files.");
    }
}
