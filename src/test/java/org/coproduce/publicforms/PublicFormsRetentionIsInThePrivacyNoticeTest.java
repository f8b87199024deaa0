package org.coproduce.publicforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.coproduce.support.CoproduceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The privacy notice restates how long the scrambled address of a public form is kept: it must say what the code does. */
@CoproduceTest
class PublicFormsRetentionIsInThePrivacyNoticeTest {

    @Autowired MockMvc mvc;

    @Test
    void theNoticeSaysHowLongTheScrambledAddressIsKept() throws Exception {
        String notice = mvc.perform(get("/privacy")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(notice).contains("The scrambled internet address: " + PublicForms.KEPT_FOR.toDays() + " days");
    }
}
