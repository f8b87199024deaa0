package org.coproduce.demo;

import static org.coproduce.demo.DemoPerson.person;
import static org.coproduce.people.AccessNeed.*;
import static org.coproduce.people.InvolvementRole.*;

import java.util.List;
import org.coproduce.people.CommunicationFormat;
import java.util.Set;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.payments.PaidActivity;
import org.coproduce.payments.Payments;
import org.coproduce.accounts.Enrolment;
import org.coproduce.accounts.Role;
import org.coproduce.organisations.Organisation;
import org.coproduce.organisations.Organisations;
import org.coproduce.people.Benefits;
import org.coproduce.people.ConsentMethod;
import org.coproduce.people.ConsentPurpose;
import org.coproduce.people.Equality;
import org.coproduce.people.Register;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads the demo on the first start of an empty database. Every name and address is made up. */
@Component
@ConditionalOnProperty(name = "coproduce.demo.enabled", havingValue = "true")
// After the built-in self-assessment frameworks are loaded.
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "coproduce-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Organisations organisations;
    private final Register register;
    private final Enrolment enrolment;
    private final DemoGroups groups;
    private final DemoProjects projects;
    private final Payments payments;
    private final DemoPayments paymentsSoFar;
    private final DemoAssessment assessment;
    private final DemoPublishing publishing;
    private final DemoStories stories;
    private final DemoFeedback feedback;
    private final DemoOpportunities opportunities;

    DemoData(Organisations organisations, Register register, Enrolment enrolment, DemoGroups groups, DemoProjects projects,
            Payments payments, DemoPayments demoPayments, DemoAssessment assessment, DemoPublishing publishing,
            DemoStories stories, DemoFeedback feedback, DemoOpportunities opportunities) {
        this.opportunities = opportunities;
        this.stories = stories;
        this.feedback = feedback;
        this.assessment = assessment;
        this.publishing = publishing;
        this.payments = payments;
        this.paymentsSoFar = demoPayments;
        this.organisations = organisations;
        this.register = register;
        this.enrolment = enrolment;
        this.groups = groups;
        this.projects = projects;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (organisations.any()) {
            return;
        }
        Organisation northshire = organisations.create("northshire", "Northshire Learning Disability Partnership",
                "coproduction@northshire.example");
        Organisation eastvale = organisations.create("eastvale", "Eastvale Carers' Forum", "hello@eastvale.example");
        loadNorthshire(northshire);
        loadEastvale(eastvale);
        log.info("Demo data loaded: sign in as priya.shah@northshire.example with the password {}", PASSWORD);
    }

    private void loadNorthshire(Organisation northshire) {
        long organisation = northshire.id();
        long priya = add(organisation, NorthshirePeople.PRIYA);
        long priyasAccount = enrolment.enrol(organisation, priya, NorthshirePeople.PRIYA.email(), PASSWORD, Set.of(Role.COORDINATOR));
        long tom = add(organisation, NorthshirePeople.TOM);
        enrolment.enrol(organisation, tom, NorthshirePeople.TOM.email(), PASSWORD, Set.of(Role.STAFF));
        long jamie = add(organisation, NorthshirePeople.JAMIE);
        enrolment.enrol(organisation, jamie, NorthshirePeople.JAMIE.email(), null, Set.of(Role.PARTNER));
        long grace = add(organisation, NorthshirePeople.GRACE);
        long gracesAccount = enrolment.enrol(organisation, grace, NorthshirePeople.GRACE.email(), PASSWORD, Set.of(Role.FINANCE));
        long helen = add(organisation, NorthshirePeople.HELEN);
        enrolment.enrol(organisation, helen, NorthshirePeople.HELEN.email(), PASSWORD, Set.of(Role.BOARD));
        long sam = add(organisation, NorthshirePeople.SAM);
        enrolment.enrol(organisation, sam, NorthshirePeople.SAM.email(), PASSWORD, Set.of(Role.STAFF));

        consent(organisation, jamie, priya, ConsentMethod.EASY_READ_FORM, ConsentPurpose.CONTACT, ConsentPurpose.KEEP_INFORMATION,
                ConsentPurpose.SHARE_STORY);
        register.recordConsent(organisation, jamie, ConsentPurpose.RECORD_SESSIONS, false, ConsentMethod.EASY_READ_FORM,
                "Happy for notes to be taken, but not recordings", priya);
        register.saveBenefits(organisation, jamie, new Benefits(Benefits.BenefitsStatus.YES,
                Set.of(Benefits.Benefit.ESA, Benefits.Benefit.PIP), true, "Permitted work limits apply"));
        register.saveEquality(organisation, jamie, new Equality(Equality.AgeBand.FROM_25_TO_34, Equality.DisabilityAnswer.YES,
                Equality.Ethnicity.MIXED, Equality.Gender.NON_BINARY, null, Equality.SexualOrientation.DECLINED,
                Equality.Religion.NONE, Equality.LearningDisability.MILD_OR_MODERATE));

        for (DemoPerson other : NorthshirePeople.OTHERS) {
            long id = add(organisation, other);
            consent(organisation, id, priya, ConsentMethod.PAPER_FORM, ConsentPurpose.CONTACT, ConsentPurpose.KEEP_INFORMATION);
            if (other.roles().contains(LIVED_EXPERIENCE)) {
                register.saveBenefits(organisation, id, new Benefits(Benefits.BenefitsStatus.YES,
                        Set.of(Benefits.Benefit.UNIVERSAL_CREDIT), false, null));
            }
            if (other.roles().contains(FAMILY_CARER)) {
                register.saveBenefits(organisation, id, new Benefits(Benefits.BenefitsStatus.YES,
                        Set.of(Benefits.Benefit.CARERS_ALLOWANCE), true, null));
            }
            if (other.fullName().equals("Ben Carter")) {
                register.recordConsent(organisation, id, ConsentPurpose.PHOTOGRAPHS, true, ConsentMethod.IN_PERSON, null, priya);
                register.recordConsent(organisation, id, ConsentPurpose.PHOTOGRAPHS, false, ConsentMethod.PHONE,
                        "Changed his mind after the summer event", priya);
            }
        }
        CurrentUser coordinator = coordinator(northshire, priyasAccount, priya, NorthshirePeople.PRIYA.email(), "Priya");
        payments.addRate(coordinator, PaidActivity.ATTENDING, 2_500, 7_500L, 15_000L, 60, lastAprilSixth());
        payments.addRate(coordinator, PaidActivity.LEADING, 3_000, 9_000L, 18_000L, 60, lastAprilSixth());
        groups.loadNorthshire(coordinator);
        projects.loadNorthshire(coordinator);
        assessment.loadNorthshire(coordinator);
        publishing.loadNorthshire(coordinator);
        stories.loadNorthshire(coordinator);
        feedback.loadNorthshire(coordinator);
        opportunities.loadNorthshire(coordinator);
        CurrentUser finance = new CurrentUser(gracesAccount, NorthshirePeople.GRACE.email(), organisation, northshire.name(), grace, "Grace",
                Set.of(Role.FINANCE), false, null);
        long chloe = register.everyoneCurrent(organisation).stream().filter(p -> p.fullName().equals("Chloe Martin")).findFirst()
                .orElseThrow().id();
        // Fees are drafted when attendance is committed, so the demo's payments are made once this transaction has committed.
        paymentsSoFar.loadNorthshireLater(coordinator, finance, chloe, jamie);
    }

    private void loadEastvale(Organisation eastvale) {
        long organisation = eastvale.id();
        long ruth = add(organisation, person("Ruth Evans", "Ruth", "ruth.evans@eastvale.example", PROFESSIONAL)
                .skills("Carers' rights", "Running groups"));
        long ruthsAccount = enrolment.enrol(organisation, ruth, "ruth.evans@eastvale.example", PASSWORD, Set.of(Role.COORDINATOR));
        long sam = add(organisation, person("Sam Okafor", "Sam", NorthshirePeople.SAM.email(), PROFESSIONAL)
                .skills("Evaluation"));
        enrolment.enrol(organisation, sam, NorthshirePeople.SAM.email(), null, Set.of(Role.COORDINATOR));
        List<DemoPerson> carers = List.of(
                person("Margaret Doyle", "Maggie", "maggie.doyle@eastvale.example", FAMILY_CARER).needs(HEARING_LOOP).formats(CommunicationFormat.LARGE_PRINT),
                person("Ravi Patel", null, "ravi.patel@eastvale.example", FAMILY_CARER).skills("IT support"),
                person("Siobhan Byrne", null, "siobhan.byrne@eastvale.example", FAMILY_CARER, LIVED_EXPERIENCE).needs(STEP_FREE_ACCESS),
                person("Tariq Aziz", null, "tariq.aziz@eastvale.example", FAMILY_CARER).skills("Urdu", "Driving"),
                person("Valerie Knight", "Val", null, FAMILY_CARER).needs(LARGE_PRINT).formats(CommunicationFormat.LARGE_PRINT),
                person("William Chen", "Will", "william.chen@eastvale.example", LIVED_EXPERIENCE).needs(BSL_INTERPRETER).formats(CommunicationFormat.BSL_VIDEO));
        carers.forEach(carer -> add(organisation, carer));
        groups.loadEastvale(coordinator(eastvale, ruthsAccount, ruth, "ruth.evans@eastvale.example", "Ruth"));
    }

    /** 6 April last year, before every demo session: rates usually change with the tax year. */
    private static java.time.LocalDate lastAprilSixth() {
        return java.time.LocalDate.of(java.time.LocalDate.now(org.coproduce.web.Dates.LONDON).getYear() - 1, 4, 6);
    }

    /** The coordinator as if signed in, so that the demo goes through the same rules as people do. */
    private static CurrentUser coordinator(Organisation organisation, long account, long person, String email, String name) {
        return new CurrentUser(account, email, organisation.id(), organisation.name(), person, name, Set.of(Role.COORDINATOR), false, null);
    }

    private long add(long organisation, DemoPerson person) {
        return register.add(organisation, person.details());
    }

    private void consent(long organisation, long person, long recordedBy, ConsentMethod method, ConsentPurpose... purposes) {
        for (ConsentPurpose purpose : purposes) {
            register.recordConsent(organisation, person, purpose, true, method, null, recordedBy);
        }
    }
}
