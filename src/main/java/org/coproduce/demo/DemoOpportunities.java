package org.coproduce.demo;

import java.time.LocalDate;
import java.util.List;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.opportunities.InterestForm;
import org.coproduce.opportunities.Opportunities;
import org.coproduce.opportunities.OpportunityForm;
import org.coproduce.web.Dates;
import org.springframework.stereotype.Component;

/** Northshire's open opportunities, one still a draft, and the people who said they are interested so far. */
@Component
class DemoOpportunities {

    private final Opportunities opportunities;

    DemoOpportunities(Opportunities opportunities) {
        this.opportunities = opportunities;
    }

    void loadNorthshire(CurrentUser priya) {
        LocalDate today = LocalDate.now(Dates.LONDON);
        long housing = opportunities.publish(priya, form("Join the housing working group",
                "Help us make housing better for people with a learning disability. You will look at plans for new supported housing, and say what would make them a real home.",
                "People with a learning disability who rent their home or live in supported housing, and family carers.",
                "A 2-hour meeting once a month, on a weekday morning, for a year. Papers come a week before.",
                "£25 an hour, and an hour for reading the papers. We pay for your travel, and for care cover so you can come.",
                "Easy read papers, a buddy for your first meetings, and help to check that payments do not affect your benefits.",
                today.plusWeeks(3)));
        opportunities.publish(priya, form("Become a co-production champion",
                "Champions help new people feel welcome, and speak up for co-production across Northshire.",
                "Anyone who has taken part in co-production with us for at least 6 months.",
                "A 2-day course, then about 4 hours a month.",
                "£150 for each day of the course, and £25 an hour after that, with travel paid.",
                "A mentor who is a champion already, and a group that meets every two months.",
                today.plusWeeks(6)));
        opportunities.draft(priya, form("Help us choose the new day centre minibus",
                "We are buying a new minibus for the day centre. Tell us what would make it easy and safe for you to use.",
                "People who use the day centre, and their family carers.",
                "One 2-hour workshop in January, and a test ride.",
                "£25 an hour, with travel paid.",
                "Easy read papers, and a quiet room at the workshop.",
                today.plusWeeks(5)));

        long rosa = opportunities.receiveInterest(priya, housing, interest("Rosa Bianchi", "EMAIL", "rosa.bianchi@example.org", null,
                "Large print papers, please.", "LIVED_EXPERIENCE"));
        opportunities.receiveInterest(priya, housing, interest("Kofi Mensah", "PHONE", null, "07700 900 431",
                "My support worker will come with me.", "LIVED_EXPERIENCE"));
        long dan = opportunities.receiveInterest(priya, housing, interest("Dan Whitfield", "EMAIL", "dan.whitfield@example.org", null,
                null, "PROFESSIONAL"));
        opportunities.receiveInterest(priya, housing, interest("Mary O'Connor", "POST", null, null,
                "I care for my daughter, so mornings are best.", "FAMILY_CARER"));
        opportunities.choose(priya, rosa);
        opportunities.choose(priya, dan);
    }

    private static OpportunityForm form(String title, String what, String whoFor, String time, String pay, String support, LocalDate closes) {
        return new OpportunityForm(title, what, whoFor, time, pay, support, String.valueOf(closes.getDayOfMonth()),
                String.valueOf(closes.getMonthValue()), String.valueOf(closes.getYear()));
    }

    private static InterestForm interest(String name, String contactBy, String email, String phone, String support, String describes) {
        String address = contactBy.equals("POST") ? "14 Mill Lane\nNorthshire\nNS2 7QT" : null;
        return new InterestForm(name, email, phone, address, contactBy, support, List.of(describes), "yes");
    }
}
