package org.coproduce.feedback;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coproduce.organisations.Organisation;
import org.coproduce.publicforms.PublicForms;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Feedback as a member of the public sends it: from an address, with a form shown a little while ago. */
final class PublicFeedback {

    private final Map<String, String> fields = new LinkedHashMap<>();
    private String address = "203.0.113.10";
    private String stamp;

    private PublicFeedback(PublicForms forms) {
        stamp = forms.stamp(Instant.now().minusSeconds(20));
        fields.put("about", "The summer event");
        fields.put("body", "The room was too noisy and I could not hear the speakers.");
        fields.put("replyBy", "NONE");
        fields.put("mayPublish", "no");
    }

    /** Anonymous, wanting no reply, not to be published: change what a test needs. */
    static PublicFeedback from(PublicForms forms) {
        return new PublicFeedback(forms);
    }

    PublicFeedback with(String name, String value) {
        if (value == null) {
            fields.remove(name);
        } else {
            fields.put(name, value);
        }
        return this;
    }

    PublicFeedback fromAddress(String address) {
        this.address = address;
        return this;
    }

    PublicFeedback stamp(String stamp) {
        this.stamp = stamp;
        return this;
    }

    MockHttpServletRequestBuilder to(Organisation organisation) {
        MockHttpServletRequestBuilder request = post("/public/" + organisation.slug() + "/feedback").with(csrf())
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
        fields.forEach(request::param);
        if (stamp != null) {
            request.param(PublicForms.STAMP, stamp);
        }
        return request;
    }
}
