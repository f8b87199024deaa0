package org.coproduce.writing;

import org.coproduce.accounts.CurrentUser;
import org.coproduce.plainenglish.PlainEnglish;
import org.coproduce.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Paste some writing, see how easy it is to read and what could be plainer. Without JavaScript: submit and see.
 * With it, the results come from {@code /check-my-writing/results} as you type.
 */
@Controller
class CheckMyWritingController {

    private final WritingCheck check;

    CheckMyWritingController(WritingCheck check) {
        this.check = check;
    }

    @GetMapping("/check-my-writing")
    String page(Model model) {
        model.addAttribute("text", "");
        model.addAttribute("easyRead", false);
        model.addAttribute("checked", null);
        model.addAttribute("errors", FormErrors.none());
        return "writing/checkMyWriting";
    }

    @GetMapping("/check-my-writing/how")
    String how() {
        return "writing/how";
    }

    @PostMapping("/check-my-writing")
    String check(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "false") boolean easyRead, Model model) {
        String body = text == null ? "" : text;
        model.addAttribute("text", body);
        model.addAttribute("easyRead", easyRead);
        FormErrors errors = problem(body);
        model.addAttribute("errors", errors);
        model.addAttribute("checked", errors.any() ? null : CheckedText.of(body, check.check(user.organisationId(), body, audience(easyRead))));
        return "writing/checkMyWriting";
    }

    @PostMapping("/check-my-writing/results")
    String results(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "false") boolean easyRead, Model model) {
        String body = text == null ? "" : text;
        FormErrors errors = problem(body);
        model.addAttribute("problem", errors.any() ? errors.of("text") : null);
        model.addAttribute("checked", errors.any() ? null : CheckedText.of(body, check.check(user.organisationId(), body, audience(easyRead))));
        return "writing/results";
    }

    private static PlainEnglish.Audience audience(boolean easyRead) {
        return easyRead ? PlainEnglish.Audience.EASY_READ : PlainEnglish.Audience.EVERYONE;
    }

    private static FormErrors problem(String text) {
        if (text.isBlank()) {
            return FormErrors.of("text", "Paste or type some writing to check");
        }
        if (text.length() > WritingCheck.MAX_CHARACTERS) {
            return FormErrors.of("text", "This is too long to check in one go. Check it in parts of up to "
                    + String.format("%,d", WritingCheck.MAX_CHARACTERS) + " characters, about 20 pages. It has "
                    + String.format("%,d", text.length()) + ".");
        }
        return FormErrors.none();
    }
}
