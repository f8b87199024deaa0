package org.coproduce.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Pages anyone can read without signing in. The privacy notice is made by the privacy module. */
@Controller
class InformationPages {

    @GetMapping("/accessibility")
    String accessibilityStatement() {
        return "web/accessibility";
    }
}
