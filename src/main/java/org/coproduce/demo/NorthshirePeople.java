package org.coproduce.demo;

import static org.coproduce.demo.DemoPerson.person;
import static org.coproduce.people.AccessNeed.*;
import static org.coproduce.people.ContactPreference.*;
import static org.coproduce.people.InvolvementRole.*;

import java.util.List;
import org.coproduce.people.CommunicationFormat;

/** The people of the Northshire Learning Disability Partnership. All made up. */
final class NorthshirePeople {

    static final DemoPerson PRIYA = person("Priya Shah", "Priya", "priya.shah@northshire.example", PROFESSIONAL)
            .pronouns("she/her").skills("Facilitation", "Project planning", "Gujarati").interests("Making meetings work for everyone");
    static final DemoPerson TOM = person("Thomas Bennett", "Tom", "tom.bennett@northshire.example", PROFESSIONAL, COMMISSIONER)
            .pronouns("he/him").skills("Commissioning", "Budgets").interests("Day opportunities");
    static final DemoPerson JAMIE = person("Jamie Lee", "Jamie", "jamie.lee@northshire.example", LIVED_EXPERIENCE)
            .pronouns("they/them").describedAs("A self-advocate with a learning disability")
            .phone("07700 900 101", TEXT_MESSAGE).skills("Drama", "Photography", "Public speaking")
            .interests("Housing and having my own front door").needs(EASY_READ, EXTRA_BREAKS).formats(CommunicationFormat.EASY_READ);
    static final DemoPerson GRACE = person("Grace Adeyemi", "Grace", "grace.adeyemi@northshire.example", PROFESSIONAL)
            .pronouns("she/her").skills("Payroll", "Spreadsheets");
    static final DemoPerson HELEN = person("Councillor Helen Ward", "Helen", "helen.ward@northshire.example", COMMISSIONER)
            .pronouns("she/her").skills("Chairing", "Scrutiny");
    static final DemoPerson SAM = person("Samuel Okafor", "Sam", "sam.okafor@example.org", PROFESSIONAL)
            .pronouns("he/him").skills("Evaluation", "Surveys", "Yoruba").interests("Checking whether co-production is working");

    static final List<DemoPerson> OTHERS = List.of(
            person("Aisha Rahman", "Aisha", "aisha.rahman@northshire.example", LIVED_EXPERIENCE)
                    .describedAs("Autistic woman").skills("Art", "Bengali", "Website testing").needs(QUIET_ROOM, EXTRA_BREAKS).formats(CommunicationFormat.PLAIN_TEXT_EMAIL),
            person("Ben Carter", "Ben", "ben.carter@northshire.example", LIVED_EXPERIENCE)
                    .skills("Football coaching", "Cooking").needs(SUPPORT_WORKER, EASY_READ).formats(CommunicationFormat.EASY_READ)
                    .phone("07700 900 102", THROUGH_SUPPORTER),
            person("Chloe Martin", null, "chloe.martin@northshire.example", FAMILY_CARER)
                    .describedAs("Mum and carer for my son").skills("Accountancy", "Parent groups").interests("Short breaks for families"),
            person("Daniel O'Brien", "Danny", null, LIVED_EXPERIENCE)
                    .phone("07700 900 104", PHONE).skills("Music", "Gardening").needs(STEP_FREE_ACCESS, SUPPORT_WORKER).formats(CommunicationFormat.EASY_READ, CommunicationFormat.AUDIO),
            person("Ewa Nowak", null, "ewa.nowak@northshire.example", FAMILY_CARER)
                    .skills("Polish", "Translation", "Nursing").interests("Health checks"),
            person("Farhan Hussain", null, "farhan.hussain@northshire.example", LIVED_EXPERIENCE)
                    .skills("Computers", "Urdu", "Peer support").needs(LARGE_PRINT).formats(CommunicationFormat.LARGE_PRINT),
            person("Georgia Hughes", "Georgie", "georgia.hughes@northshire.example", LIVED_EXPERIENCE)
                    .pronouns("she/her").describedAs("Person with Down's syndrome").skills("Dance", "Making videos").needs(EASY_READ).formats(CommunicationFormat.EASY_READ, CommunicationFormat.VIDEO),
            person("Harry Walsh", null, "harry.walsh@northshire.example", PROVIDER)
                    .skills("Supported living", "Training staff"),
            person("Imani Clarke", null, "imani.clarke@northshire.example", LIVED_EXPERIENCE, FAMILY_CARER)
                    .describedAs("Disabled parent").skills("Campaigning", "Social media").needs(STEP_FREE_ACCESS),
            person("Jack Thompson", null, "jack.thompson@northshire.example", PROFESSIONAL)
                    .skills("Learning disability nursing", "Health action plans"),
            person("Kwame Mensah", null, "kwame.mensah@northshire.example", LIVED_EXPERIENCE)
                    .skills("Drumming", "Twi", "Community radio").needs(BSL_INTERPRETER).formats(CommunicationFormat.BSL_VIDEO),
            person("Laura Phillips", null, "laura.phillips@northshire.example", COMMISSIONER)
                    .skills("Contracts", "Quality checking"),
            person("Mohammed Ali", "Mo", "mohammed.ali@northshire.example", LIVED_EXPERIENCE)
                    .skills("Swimming", "Arabic").needs(SUPPORT_WORKER, EXTRA_BREAKS, EASY_READ).formats(CommunicationFormat.EASY_READ),
            person("Niamh Kelly", null, "niamh.kelly@northshire.example", FAMILY_CARER)
                    .skills("Teaching", "Fundraising").interests("Moving from children's to adults' services"),
            person("Oliver Price", "Ollie", "oliver.price@northshire.example", LIVED_EXPERIENCE)
                    .pronouns("he/him").skills("Gaming", "Website testing").needs(QUIET_ROOM).formats(CommunicationFormat.PLAIN_TEXT_EMAIL),
            person("Patricia Evans", "Pat", null, FAMILY_CARER)
                    .phone("01632 960 115", POST).describedAs("Older carer for my daughter").skills("Knitting", "Church groups")
                    .needs(HEARING_LOOP, LARGE_PRINT).formats(CommunicationFormat.LARGE_PRINT),
            person("Qasim Iqbal", null, "qasim.iqbal@northshire.example", PROVIDER)
                    .skills("Day services", "Employment support"),
            person("Rosie Turner", null, "rosie.turner@northshire.example", LIVED_EXPERIENCE)
                    .skills("Baking", "Peer mentoring").needs(EASY_READ, SUPPORT_WORKER).formats(CommunicationFormat.EASY_READ),
            person("Stephen Wright", "Steve", "stephen.wright@northshire.example", PROFESSIONAL)
                    .skills("Social work", "Safeguarding"),
            person("Tanvir Ahmed", null, "tanvir.ahmed@northshire.example", LIVED_EXPERIENCE)
                    .describedAs("Autistic person").skills("Maths", "Trains and timetables", "Data checking").needs(QUIET_ROOM).formats(CommunicationFormat.PLAIN_TEXT_EMAIL),
            person("Una Fitzgerald", null, "una.fitzgerald@northshire.example", FAMILY_CARER)
                    .skills("Law", "Advocacy"),
            person("Victor Osei", null, "victor.osei@northshire.example", LIVED_EXPERIENCE)
                    .skills("Art", "Painting murals").needs(STEP_FREE_ACCESS, SUPPORT_WORKER).formats(CommunicationFormat.EASY_READ),
            person("Wendy Harris", null, "wendy.harris@northshire.example", PROFESSIONAL)
                    .skills("Speech and language therapy", "Easy read writing"),
            person("Xavier Morgan", "Xav", "xavier.morgan@northshire.example", LIVED_EXPERIENCE)
                    .pronouns("he/him").skills("Podcasting", "Interviewing").needs(EXTRA_BREAKS),
            person("Yasmin Begum", null, "yasmin.begum@northshire.example", FAMILY_CARER)
                    .skills("Sylheti", "Community outreach").interests("Reaching families who are not heard"),
            person("Zoe Robinson", null, "zoe.robinson@northshire.example", LIVED_EXPERIENCE)
                    .skills("Horse riding", "Photography").needs(EASY_READ).formats(CommunicationFormat.EASY_READ),
            person("Alan Foster", null, "alan.foster@northshire.example", PROVIDER)
                    .skills("Housing", "Tenancy support"),
            person("Bethany Cole", "Beth", "bethany.cole@northshire.example", LIVED_EXPERIENCE)
                    .describedAs("Young person with a learning disability").skills("Social media", "Singing").needs(EASY_READ).formats(CommunicationFormat.EASY_READ, CommunicationFormat.VIDEO),
            person("Callum Reid", null, "callum.reid@northshire.example", PROFESSIONAL)
                    .skills("Occupational therapy", "Assistive technology"),
            person("Deborah Scott", "Debbie", "deborah.scott@northshire.example", FAMILY_CARER)
                    .skills("Running a carers' group", "Welfare rights").needs(HEARING_LOOP),
            person("Eddie Malik", null, "eddie.malik@northshire.example", LIVED_EXPERIENCE)
                    .skills("Woodwork", "Cycling").needs(SUPPORT_WORKER, EASY_READ, EXTRA_BREAKS).formats(CommunicationFormat.EASY_READ, CommunicationFormat.AUDIO),
            person("Fiona Grant", null, "fiona.grant@northshire.example", COMMISSIONER, PROFESSIONAL)
                    .skills("Public health", "Data analysis"),
            person("Gareth Jones", null, "gareth.jones@northshire.example", LIVED_EXPERIENCE)
                    .skills("Welsh", "Quiz writing").needs(LARGE_PRINT, STEP_FREE_ACCESS).formats(CommunicationFormat.LARGE_PRINT),
            person("Hannah Lewis", null, "hannah.lewis@northshire.example", OTHER)
                    .describedAs("Independent advocate").skills("Advocacy", "Makaton"));

    private NorthshirePeople() {
    }
}
