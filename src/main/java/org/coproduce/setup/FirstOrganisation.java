package org.coproduce.setup;

import java.util.Set;
import org.coproduce.accounts.Enrolment;
import org.coproduce.accounts.Role;
import org.coproduce.notifications.Email;
import org.coproduce.notifications.EmailKind;
import org.coproduce.notifications.Mailer;
import org.coproduce.organisations.Organisation;
import org.coproduce.organisations.Organisations;
import org.coproduce.people.InvolvementRole;
import org.coproduce.people.PersonDetails;
import org.coproduce.people.Register;
import org.coproduce.web.SiteAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start of an empty database, creates the organisation and coordinator named by
 * {@code COPRODUCE_SETUP_ORGANISATION_NAME}, {@code COPRODUCE_SETUP_COORDINATOR_NAME} and
 * {@code COPRODUCE_SETUP_COORDINATOR_EMAIL}, and emails the coordinator how to sign in. Later starts change nothing.
 */
@Component
@ConditionalOnProperty(name = "coproduce.setup.organisation-name")
class FirstOrganisation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstOrganisation.class);

    private final Organisations organisations;
    private final Register register;
    private final Enrolment enrolment;
    private final Mailer mailer;
    private final String organisationName;
    private final String coordinatorName;
    private final String coordinatorEmail;
    private final SiteAddress site;

    FirstOrganisation(Organisations organisations, Register register, Enrolment enrolment, Mailer mailer,
            @Value("${coproduce.setup.organisation-name}") String organisationName,
            @Value("${coproduce.setup.coordinator-name:}") String coordinatorName,
            @Value("${coproduce.setup.coordinator-email:}") String coordinatorEmail,
            SiteAddress site) {
        this.organisations = organisations;
        this.register = register;
        this.enrolment = enrolment;
        this.mailer = mailer;
        this.organisationName = organisationName.trim();
        this.coordinatorName = coordinatorName.trim();
        this.coordinatorEmail = coordinatorEmail.trim();
        this.site = site;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (organisations.any()) {
            return;
        }
        if (coordinatorName.isEmpty() || !coordinatorEmail.contains("@")) {
            throw new IllegalStateException("To set up " + organisationName + ", also set COPRODUCE_SETUP_COORDINATOR_NAME "
                    + "and COPRODUCE_SETUP_COORDINATOR_EMAIL to the first coordinator's name and email address");
        }
        create();
    }

    Organisation create() {
        Organisation organisation = organisations.create(Organisations.slugFor(organisationName), organisationName, coordinatorEmail);
        long coordinator = register.add(organisation.id(), PersonDetails.basic(coordinatorName, null, coordinatorEmail, null,
                Set.of(InvolvementRole.PROFESSIONAL)));
        enrolment.enrol(organisation.id(), coordinator, coordinatorEmail, null, Set.of(Role.COORDINATOR));
        mailer.send(EmailKind.NEW_ORGANISATION, organisation.id(), coordinator, new Email(coordinatorEmail, "Coproduce is ready for " + organisationName, """
                Hello %s,

                Coproduce is ready for %s, and you are its first coordinator.

                To sign in, open this page and ask for a sign-in link:

                %s

                Once you are in, you can choose a password on your profile, add people to the register and invite them.
                """.formatted(coordinatorName, organisationName, site.of("/sign-in/email-link"))));
        log.info("Set up {} with {} as its first coordinator", organisationName, coordinatorEmail);
        return organisation;
    }
}
