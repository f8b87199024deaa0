package org.coproduce.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.accounts.Role;
import org.coproduce.assessment.Framework;
import org.coproduce.assessment.Frameworks;
import org.coproduce.assessment.GivenRating;
import org.coproduce.assessment.Rating;
import org.coproduce.assessment.Rounds;
import org.coproduce.people.InvolvementRole;
import org.coproduce.people.Person;
import org.coproduce.people.Register;
import org.coproduce.web.Dates;
import org.springframework.stereotype.Component;

/**
 * Northshire's self-assessment on the five big ideas: a first check everyone has sent, closing today, and a second
 * check part-way through. Staff and board members rate shared decision-making higher than people with lived experience
 * and carers do, which is the conversation the results page puts first.
 */
@Component
class DemoAssessment {

    private final Rounds rounds;
    private final Frameworks frameworks;
    private final Register register;

    DemoAssessment(Rounds rounds, Frameworks frameworks, Register register) {
        this.rounds = rounds;
        this.frameworks = frameworks;
        this.register = register;
    }

    void loadNorthshire(CurrentUser priya) {
        List<Person> everyone = register.everyoneCurrent(priya.organisationId());
        List<Person> lived = everyone.stream().filter(p -> p.roles().contains(InvolvementRole.LIVED_EXPERIENCE)
                || p.roles().contains(InvolvementRole.FAMILY_CARER)).limit(6).toList();
        List<Person> professional = everyone.stream().filter(p -> p.roles().contains(InvolvementRole.PROFESSIONAL)).limit(4).toList();
        Set<Long> asked = new java.util.HashSet<>();
        lived.forEach(p -> asked.add(p.id()));
        professional.forEach(p -> asked.add(p.id()));
        long builtIn = frameworks.builtIn("checking-co-production");
        LocalDate today = LocalDate.now(Dates.LONDON);

        long first = rounds.start(priya, builtIn, "First check", today, asked);
        Framework framework = rounds.framework(priya.organisationId(), first);
        for (int i = 0; i < lived.size(); i++) {
            rounds.rate(rater(priya, lived.get(i)), first, ratings(framework, i, true, 0), true, i == 0);
        }
        for (int i = 0; i < professional.size(); i++) {
            rounds.rate(rater(priya, professional.get(i)), first, ratings(framework, i, false, 0), true, false);
        }

        long second = rounds.start(priya, builtIn, "Second check", today.plusWeeks(3), asked);
        for (int i = 0; i < 3; i++) {
            rounds.rate(rater(priya, lived.get(i)), second, ratings(framework, i, true, 1), true, false);
            rounds.rate(rater(priya, professional.get(i)), second, ratings(framework, i, false, 1), true, false);
        }
    }

    /**
     * Ratings with a pattern: professionals rate everything a step higher than people with lived experience, most of all
     * on decisions (theme 3), and everyone rates a step higher in the second check.
     */
    private static Map<String, GivenRating> ratings(Framework framework, int who, boolean livedExperience, int lift) {
        Map<String, GivenRating> ratings = new HashMap<>();
        for (Framework.Theme theme : framework.themes()) {
            for (Framework.Indicator indicator : theme.indicators()) {
                int score = (livedExperience ? (theme.number() == 3 ? 0 : 1) : 2) + lift - (who + indicator.code().length()) % 2;
                Rating rating = who == 5 && theme.number() == 5 ? Rating.DONT_KNOW
                        : score >= 2 ? Rating.DOING_WELL : score == 1 ? Rating.GETTING_THERE : Rating.MORE_TO_DO;
                String comment = livedExperience && theme.number() == 3 && indicator.code().endsWith(".1")
                        ? "We sit on the board, but the big decisions are made before the meeting." : null;
                ratings.put(indicator.code(), new GivenRating(indicator.code(), rating, comment, null));
            }
        }
        return ratings;
    }

    private static CurrentUser rater(CurrentUser priya, Person person) {
        return new CurrentUser(0, person.email(), priya.organisationId(), priya.organisationName(), person.id(), person.displayName(),
                Set.of(Role.PARTNER), false, null);
    }
}
