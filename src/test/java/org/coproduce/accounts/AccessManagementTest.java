package org.coproduce.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.coproduce.organisations.Organisation;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.coproduce.support.Visitor;
import org.coproduce.web.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

@CoproduceTest
class AccessManagementTest {

    @Autowired Fixtures fixtures;
    @Autowired AccessManagement access;
    @LocalServerPort int port;

    Organisation northshire;
    CurrentUser priya;
    CurrentUser tom;

    @BeforeEach
    void setUp() {
        northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
        tom = fixtures.staff(northshire);
    }

    @Test
    void coordinatorChangesSomeonesRolesAndTheyAreSignedOutToPickThemUp() {
        var tomsBrowser = signedIn(tom);
        assertThat(tomsBrowser.get("/people").status()).isEqualTo(200);

        access.changeRoles(priya, tom.personId(), Set.of(Role.FINANCE));

        assertThat(access.statusOf(priya, tom.personId()).roles()).containsExactly(Role.FINANCE);
        assertThat(tomsBrowser.get("/people").location()).endsWith("/sign-in?timeout");
        var again = signedIn(tom);
        assertThat(again.get("/people").status()).isEqualTo(403);
    }

    @Test
    void deactivatedPeopleAreSignedOutAndCannotSignInUntilReactivated() {
        var tomsBrowser = signedIn(tom);

        access.deactivate(priya, tom.personId());

        assertThat(tomsBrowser.get("/home").status()).isEqualTo(302);
        assertThat(access.statusOf(priya, tom.personId()).state()).isEqualTo(AccessStatus.State.DEACTIVATED);
        access.reactivate(priya, tom.personId());
        assertThat(signedIn(tom).get("/home").status()).isEqualTo(200);
    }

    @Test
    void aCoordinatorWhoGivesThemselvesAnotherRoleStaysSignedIn() {
        var priyasBrowser = signedIn(priya);

        access.changeRoles(priya, priya.personId(), Set.of(Role.COORDINATOR, Role.FINANCE));

        assertThat(priyasBrowser.get("/people").status()).isEqualTo(200);
    }

    @Test
    void aCoordinatorCannotRemoveTheirOwnCoordinatorRole() {
        assertThatThrownBy(() -> access.changeRoles(priya, priya.personId(), Set.of(Role.STAFF)))
                .isInstanceOf(Refused.class)
                .hasMessage("You cannot take away your own coordinator role. Ask another coordinator to do it");
    }

    @Test
    void theOrganisationAlwaysKeepsACoordinator() {
        CurrentUser second = fixtures.member(northshire, "Ruth Evans", "Ruth", Role.COORDINATOR);
        access.deactivate(second, priya.personId());

        assertThatThrownBy(() -> access.changeRoles(priya, second.personId(), Set.of(Role.STAFF)))
                .isInstanceOf(Refused.class);
    }

    @Test
    void onlyCoordinatorsManageAccess() {
        assertThatThrownBy(() -> access.deactivate(tom, priya.personId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> access.changeRoles(tom, tom.personId(), Set.of(Role.COORDINATOR)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private Visitor signedIn(CurrentUser user) {
        var browser = new Visitor(port);
        browser.get("/sign-in");
        browser.follow(browser.post("/sign-in", "email", user.email(), "password", Fixtures.PASSWORD));
        return browser;
    }
}
