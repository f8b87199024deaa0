package org.coproduce.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.coproduce.support.CoproduceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The privacy notice restates how long sign-in links and invitations work: it must say what the code does. */
@CoproduceTest
class SignInRetentionIsInThePrivacyNoticeTest {

    @Autowired MockMvc mvc;

    @Test
    void theNoticeSaysHowLongALinkAndAnInvitationWork() throws Exception {
        String notice = mvc.perform(get("/privacy")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(notice).contains("A sign-in link works once, for " + EmailLinks.LINK_LIFETIME.toMinutes() + " minutes")
                .contains("An invitation works for " + AccessManagement.INVITATION_LIFETIME.toDays() + " days");
    }
}
