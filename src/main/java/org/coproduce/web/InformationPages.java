package org.coproduce.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Pages anyone can read without signing in. */
@Controller
class InformationPages {

    @GetMapping("/accessibility")
    String accessibilityStatement() {
        return "web/accessibility";
    }

    @GetMapping("/privacy")
    String privacyNotice() {
        return "web/privacy";
    }
}
