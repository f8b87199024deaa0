package org.coproduce.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.groups.ChampionActivity;
import org.coproduce.groups.GroupChanges;
import org.coproduce.groups.GroupDetails;
import org.coproduce.groups.GroupKind;
import org.coproduce.groups.Groups;
import org.coproduce.groups.MeetingFrequency;
import org.coproduce.groups.Member;
import org.coproduce.groups.MemberRole;
import org.coproduce.people.ConsentMethod;
import org.coproduce.people.ConsentPurpose;
import org.coproduce.people.Equality;
import org.coproduce.people.Person;
import org.coproduce.people.Register;
import org.coproduce.sessions.SessionDetails;
import org.coproduce.sessions.SessionKind;
import org.coproduce.sessions.Sessions;
import org.coproduce.web.Dates;
import org.springframework.stereotype.Component;

/**
 * Northshire's board, working groups and champions, and Eastvale's steering group, with meetings either side of
 * today. Some groups show what the group pages warn about: a working group that reports nowhere and has no co-chair
 * with lived experience, a voice group kept apart from the professionals, a member part-way through induction, and
 * a board meeting that was not quorate.
 */
@Component
class DemoGroups {

    private final GroupChanges changes;
    private final Groups groups;
    private final Sessions sessions;
    private final Register register;

    DemoGroups(GroupChanges changes, Groups groups, Sessions sessions, Register register) {
        this.changes = changes;
        this.groups = groups;
        this.sessions = sessions;
        this.register = register;
    }

    void loadNorthshire(CurrentUser priya) {
        LocalDate today = LocalDate.now(Dates.LONDON);
        LocalDate aYearAgo = today.minusYears(1);
        Map<String, Long> people = byName(priya.organisationId());
        long organisation = priya.organisationId();

        answerEquality(organisation, people);

        long board = changes.create(priya, new GroupDetails(GroupKind.BOARD, "Northshire Partnership Board",
                "Takes the big decisions about support for people with a learning disability in Northshire, and checks they happen.",
                MeetingFrequency.MONTHLY, 50, null, null));
        add(priya, board, people, aYearAgo, MemberRole.CO_CHAIR, "Jamie Lee", "Councillor Helen Ward");
        add(priya, board, people, aYearAgo, MemberRole.MEMBER, "Aisha Rahman", "Chloe Martin", "Laura Phillips", "Fiona Grant",
                "Thomas Bennett");
        add(priya, board, people, today.minusMonths(2), MemberRole.MEMBER, "Kwame Mensah");
        add(priya, board, people, aYearAgo, MemberRole.SUPPORTING_STAFF, "Priya Shah");
        changes.update(priya, board, new GroupDetails(GroupKind.BOARD, "Northshire Partnership Board",
                "Takes the big decisions about support for people with a learning disability in Northshire, and checks they happen.",
                MeetingFrequency.MONTHLY, 50, null, 2));
        changes.writeTerms(priya, board, BOARD_TERMS.replace("{quorum}", "3"));
        changes.writeTerms(priya, board, BOARD_TERMS.replace("{quorum}", "2"));

        long housing = changes.create(priya, new GroupDetails(GroupKind.WORKING_GROUP, "Housing working group",
                "Works on better choices of where to live, and reports what it finds to the board.",
                MeetingFrequency.FORTNIGHTLY, 50, board, null));
        add(priya, housing, people, aYearAgo, MemberRole.CO_CHAIR, "Ben Carter", "Stephen Wright");
        add(priya, housing, people, aYearAgo, MemberRole.MEMBER, "Georgia Hughes", "Harry Walsh", "Niamh Kelly");

        long health = changes.create(priya, new GroupDetails(GroupKind.WORKING_GROUP, "Health and wellbeing working group",
                "Looks at annual health checks and how easy it is to see a doctor.", MeetingFrequency.MONTHLY, null, null, null));
        add(priya, health, people, aYearAgo, MemberRole.CO_CHAIR, "Wendy Harris", "Jack Thompson");
        add(priya, health, people, aYearAgo, MemberRole.MEMBER, "Mohammed Ali", "Qasim Iqbal");

        long voices = changes.create(priya, new GroupDetails(GroupKind.REFERENCE_GROUP, "Self-advocates' voice group",
                "People with a learning disability who meet to talk about what matters to them.", MeetingFrequency.MONTHLY, null, board, null));
        add(priya, voices, people, aYearAgo, MemberRole.MEMBER, "Farhan Hussain", "Oliver Price", "Rosie Turner", "Tanvir Ahmed",
                "Victor Osei");

        long champions = changes.create(priya, new GroupDetails(GroupKind.CHAMPIONS_NETWORK, "Co-production champions",
                "Champions speak up for co-production and help new people take part.", MeetingFrequency.EVERY_TWO_MONTHS, 50, board, null));
        add(priya, champions, people, aYearAgo, MemberRole.MEMBER, "Aisha Rahman", "Imani Clarke", "Xavier Morgan",
                "Bethany Cole", "Deborah Scott");
        add(priya, champions, people, today.minusWeeks(3), MemberRole.MEMBER, "Eddie Malik");
        for (String named : List.of("Aisha Rahman", "Imani Clarke", "Xavier Morgan")) {
            register.recordConsent(organisation, people.get(named), ConsentPurpose.NAME_SHOWN, true, ConsentMethod.EASY_READ_FORM,
                    null, priya.personId());
        }
        long aisha = people.get("Aisha Rahman");
        changes.recordChampionWork(priya, champions, aisha, ChampionActivity.TRAINING, "Co-production champions course, 2 days",
                aYearAgo.plusWeeks(3));
        changes.recordChampionWork(priya, champions, aisha, ChampionActivity.SUPPORT, "Helped new board members at their first meeting",
                today.minusWeeks(6));
        changes.recordChampionWork(priya, champions, people.get("Imani Clarke"), ChampionActivity.TRAINING,
                "Chairing meetings well", today.minusMonths(5));
        changes.recordChampionWork(priya, champions, people.get("Imani Clarke"), ChampionActivity.SUPPORT,
                "Easy read review of the carers' strategy", today.minusMonths(2));
        changes.recordChampionWork(priya, champions, people.get("Xavier Morgan"), ChampionActivity.SUPPORT,
                "Interviewing for the new day services manager", today.minusMonths(1));
        changes.recordChampionWork(priya, champions, people.get("Bethany Cole"), ChampionActivity.TRAINING,
                "Co-production champions course, 2 days", aYearAgo.plusWeeks(3));

        for (long group : List.of(board, housing, health, voices, champions)) {
            finishInduction(priya, group, Set.of("Kwame Mensah", "Eddie Malik"));
        }
        Member kwame = groups.currentMembers(organisation, board).stream()
                .filter(m -> m.personId() == people.get("Kwame Mensah")).findFirst().orElseThrow();
        changes.recordInduction(priya, board, kwame.id(), groups.inductionItemIds(organisation, board).subList(0, 2));

        boardMeetings(priya, board, people, today);
    }

    void loadEastvale(CurrentUser ruth) {
        LocalDate started = LocalDate.now(Dates.LONDON).minusMonths(8);
        Map<String, Long> people = byName(ruth.organisationId());
        long steering = changes.create(ruth, new GroupDetails(GroupKind.BOARD, "Carers' Forum steering group",
                "Carers and staff decide together what the forum works on.", MeetingFrequency.QUARTERLY, 60, null, null));
        add(ruth, steering, people, started, MemberRole.CO_CHAIR, "Ruth Evans", "Margaret Doyle");
        add(ruth, steering, people, started, MemberRole.MEMBER, "Ravi Patel", "Siobhan Byrne", "Tariq Aziz");
        finishInduction(ruth, steering, Set.of());
    }

    private void boardMeetings(CurrentUser priya, long board, Map<String, Long> people, LocalDate today) {
        long october = sessions.plan(priya, board, meeting("Board meeting", today.minusWeeks(6)));
        sessions.recordAttendance(priya, october, ids(people, "Jamie Lee", "Councillor Helen Ward", "Aisha Rahman", "Laura Phillips",
                "Thomas Bennett", "Priya Shah", "Chloe Martin"));
        sessions.decide(priya, october, "The board will pay people for the time they spend reading papers before meetings.");
        sessions.decide(priya, october, "Every paper for the board will have an easy read version from January.");
        sessions.sendFollowUp(priya, october, Map.of(people.get("Jamie Lee"),
                        "You asked for people to be paid for reading papers. The board agreed, and it starts next month."),
                "Thank you for coming. Papers will come in easy read from January, and reading time will be paid.");

        long november = sessions.plan(priya, board, meeting("Board meeting", today.minusWeeks(2)));
        sessions.recordAttendance(priya, november, ids(people, "Councillor Helen Ward", "Laura Phillips", "Thomas Bennett",
                "Fiona Grant", "Kwame Mensah", "Priya Shah"));
        sessions.decide(priya, november, "Move the day service review to March, so more people can take part.");

        sessions.plan(priya, board, meeting("Board meeting", today.plusWeeks(2)));
    }

    private static SessionDetails meeting(String title, LocalDate day) {
        return new SessionDetails(SessionKind.MEETING, title, "Hear from the working groups and agree next steps.",
                day.atTime(LocalTime.of(10, 30)).atZone(Dates.LONDON).toInstant(),
                day.atTime(LocalTime.of(12, 30)).atZone(Dates.LONDON).toInstant(),
                "Room 2, Northshire Community Hub, 14 Mill Street", null);
    }

    private void add(CurrentUser by, long group, Map<String, Long> people, LocalDate joined, MemberRole role, String... names) {
        for (String name : names) {
            changes.addMember(by, group, people.get(name), role, joined, joined.plusYears(3));
        }
    }

    private void finishInduction(CurrentUser by, long group, Set<String> notYet) {
        Map<Long, String> names = register.everyoneCurrent(by.organisationId()).stream()
                .collect(Collectors.toMap(Person::id, Person::fullName));
        for (Member member : groups.currentMembers(by.organisationId(), group)) {
            if (!notYet.contains(names.get(member.personId()))) {
                changes.recordInduction(by, group, member.id(), groups.inductionItemIds(by.organisationId(), group));
            }
        }
    }

    /** Enough members of the board answer the equality questions for its spread to show safely. */
    private void answerEquality(long organisation, Map<String, Long> people) {
        register.saveEquality(organisation, people.get("Aisha Rahman"), new Equality(Equality.AgeBand.FROM_25_TO_34,
                Equality.DisabilityAnswer.YES, Equality.Ethnicity.ASIAN, Equality.Gender.WOMAN, null,
                Equality.SexualOrientation.STRAIGHT, Equality.Religion.MUSLIM, Equality.LearningDisability.MILD_OR_MODERATE));
        register.saveEquality(organisation, people.get("Kwame Mensah"), new Equality(Equality.AgeBand.FROM_35_TO_44,
                Equality.DisabilityAnswer.YES, Equality.Ethnicity.BLACK, Equality.Gender.MAN, null,
                Equality.SexualOrientation.STRAIGHT, Equality.Religion.CHRISTIAN, Equality.LearningDisability.MILD_OR_MODERATE));
        register.saveEquality(organisation, people.get("Chloe Martin"), new Equality(Equality.AgeBand.FROM_45_TO_54,
                Equality.DisabilityAnswer.NO, Equality.Ethnicity.WHITE, Equality.Gender.WOMAN, null,
                Equality.SexualOrientation.GAY_OR_LESBIAN, Equality.Religion.NONE, Equality.LearningDisability.NO));
        register.saveEquality(organisation, people.get("Laura Phillips"), new Equality(Equality.AgeBand.FROM_45_TO_54,
                Equality.DisabilityAnswer.NO, Equality.Ethnicity.WHITE, Equality.Gender.WOMAN, null,
                Equality.SexualOrientation.STRAIGHT, Equality.Religion.CHRISTIAN, Equality.LearningDisability.NO));
        register.saveEquality(organisation, people.get("Fiona Grant"), new Equality(Equality.AgeBand.FROM_55_TO_64,
                Equality.DisabilityAnswer.NO, Equality.Ethnicity.WHITE, Equality.Gender.WOMAN, null,
                Equality.SexualOrientation.DECLINED, Equality.Religion.DECLINED, Equality.LearningDisability.NO));
        register.saveEquality(organisation, people.get("Thomas Bennett"), new Equality(Equality.AgeBand.FROM_35_TO_44,
                Equality.DisabilityAnswer.NO, Equality.Ethnicity.WHITE, Equality.Gender.MAN, null,
                Equality.SexualOrientation.STRAIGHT, Equality.Religion.NONE, Equality.LearningDisability.NO));
        register.saveEquality(organisation, people.get("Councillor Helen Ward"), new Equality(Equality.AgeBand.FROM_65_TO_74,
                Equality.DisabilityAnswer.YES, Equality.Ethnicity.WHITE, Equality.Gender.WOMAN, null,
                Equality.SexualOrientation.STRAIGHT, Equality.Religion.CHRISTIAN, Equality.LearningDisability.NO));
    }

    private Map<String, Long> byName(long organisation) {
        return register.everyoneCurrent(organisation).stream().collect(Collectors.toMap(Person::fullName, Person::id, (a, b) -> a));
    }

    private static List<Long> ids(Map<String, Long> people, String... names) {
        return java.util.Arrays.stream(names).map(people::get).toList();
    }

    private static final String BOARD_TERMS = """
            # What the board is for
            The Partnership Board makes the big decisions about support for people with a learning disability in Northshire. \
            It checks that what it decides really happens.

            # Who is on the board
            - 2 co-chairs. At least one of them has a learning disability or is a family carer.
            - People with a learning disability and family carers, who make up at least half of the members.
            - People from the council, the NHS and local services.

            # How we work
            - We meet every month, for 2 hours, with a break in the middle.
            - Papers go out a week before, with an easy read version.
            - We pay people with lived experience for their time, and for getting to the meeting.

            # Making decisions
            A meeting can only make decisions when at least {quorum} members with a learning disability or caring experience are there. \
            If not enough are there, we talk about the decisions at the next meeting instead.
            """;
}
