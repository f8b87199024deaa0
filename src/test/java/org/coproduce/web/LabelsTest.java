package org.coproduce.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coproduce.accounts.Role;
import org.coproduce.people.AccessNeed;
import org.coproduce.people.Benefits;
import org.coproduce.people.CommunicationFormat;
import org.coproduce.people.ConsentMethod;
import org.coproduce.people.ConsentPurpose;
import org.coproduce.people.ContactPreference;
import org.coproduce.people.Equality;
import org.coproduce.people.InvolvementRole;
import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every choice a person can see has words in messages.properties, so no page ever shows a code like BSL_INTERPRETER. */
class LabelsTest {

    static final List<Class<? extends Enum<?>>> SHOWN_TO_PEOPLE = List.of(
            Role.class, InvolvementRole.class, AccessNeed.class, CommunicationFormat.class, ContactPreference.class,
            ConsentPurpose.class, ConsentMethod.class, Benefits.BenefitsStatus.class, Benefits.Benefit.class,
            Equality.AgeBand.class, Equality.DisabilityAnswer.class, Equality.Ethnicity.class, Equality.Gender.class,
            Equality.SexualOrientation.class, Equality.Religion.class, Equality.LearningDisability.class, org.coproduce.plainenglish.Report.Verdict.class,
            org.coproduce.plainenglish.Finding.Kind.class, org.coproduce.groups.GroupKind.class,
            org.coproduce.groups.MeetingFrequency.class, org.coproduce.groups.MemberRole.class,
            org.coproduce.groups.Diversity.LeftOut.class, org.coproduce.groups.ChampionActivity.class,
            org.coproduce.sessions.SessionKind.class, org.coproduce.projects.CoKind.class, org.coproduce.projects.CyclePhase.class,
            org.coproduce.projects.Rung.class, org.coproduce.projects.Rung.Band.class, org.coproduce.projects.ProjectRole.class,
            org.coproduce.projects.Readiness.class, org.coproduce.projects.PreparationSection.class,
            org.coproduce.projects.PreparationQuestion.class, org.coproduce.payments.PaidActivity.class,
            org.coproduce.payments.PaymentChoice.class, org.coproduce.payments.ClaimStatus.class,
            org.coproduce.sessions.AgendaKind.class, org.coproduce.sessions.Reply.class,
            org.coproduce.feedback.ReplyBy.class, org.coproduce.feedback.FeedbackStatus.class,
            org.coproduce.publishing.PageKind.class, org.coproduce.stories.StoryScope.class,
            org.coproduce.opportunities.ContactBy.class);

    @Test
    void everyChoiceHasALabel() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : SHOWN_TO_PEOPLE) {
            for (Enum<?> constant : type.getEnumConstants()) {
                String key = type.getSimpleName() + "." + constant.name();
                try {
                    messages.getMessage(key, null, Locale.UK);
                } catch (NoSuchMessageException e) {
                    missing.add(key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
