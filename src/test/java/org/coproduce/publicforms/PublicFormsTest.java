package org.coproduce.publicforms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.coproduce.organisations.Organisation;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;

@CoproduceTest
class PublicFormsTest {

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void aPlaceWhereManyPeopleShareOneConnectionCanBeAllowedMoreFormsAnHour() {
        Organisation northshire = fixtures.organisation("Northshire Partnership");
        PublicForms dayCentre = new PublicForms(jdbc, "", 8);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("192.0.2.44");
        request.setParameter(PublicForms.STAMP, dayCentre.stamp(Instant.now().minusSeconds(30)));
        for (int i = 0; i < 7; i++) {
            dayCentre.count(request, northshire.id(), "feedback");
        }
        assertThat(dayCentre.check(request, northshire.id(), "feedback")).isEqualTo(PublicForms.Verdict.PERSON);

        dayCentre.count(request, northshire.id(), "feedback");

        assertThat(dayCentre.check(request, northshire.id(), "feedback")).isEqualTo(PublicForms.Verdict.TOO_MANY);
    }

    @Test
    void aFormFromAnotherServerWithTheSameSecretIsAcceptedAndOneWithADifferentSecretIsNot() {
        Organisation northshire = fixtures.organisation("Northshire Partnership");
        PublicForms first = new PublicForms(jdbc, "shared secret", PublicForms.MOST_IN_AN_HOUR);
        PublicForms second = new PublicForms(jdbc, "shared secret", PublicForms.MOST_IN_AN_HOUR);
        PublicForms stranger = new PublicForms(jdbc, "another secret", PublicForms.MOST_IN_AN_HOUR);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setParameter(PublicForms.STAMP, first.stamp(Instant.now().minusSeconds(30)));

        assertThat(second.check(request, northshire.id(), "feedback")).isEqualTo(PublicForms.Verdict.PERSON);
        assertThat(stranger.check(request, northshire.id(), "feedback")).isEqualTo(PublicForms.Verdict.SEND_AGAIN);
    }
}
