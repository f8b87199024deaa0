package org.coproduce.assessment;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.web.FormErrors;
import org.coproduce.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Frameworks for coordinators: read them (with the easy read wording), add one from a file, copy one and change it. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class FrameworksController {

    private final Frameworks frameworks;
    private final FrameworkRepository stored;

    FrameworksController(Frameworks frameworks, FrameworkRepository stored) {
        this.frameworks = frameworks;
        this.stored = stored;
    }

    @GetMapping("/assessment/frameworks")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<FrameworkView> all = stored.available(user.organisationId()).stream()
                .map(s -> new FrameworkView(s, frameworks.framework(s), 0)).toList();
        model.addAttribute("frameworks", all);
        return "assessment/frameworks";
    }

    @GetMapping("/assessment/frameworks/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) Integer version,
            HttpServletRequest request, Model model) {
        StoredFramework found = stored.find(user.organisationId(), id, version).orElseThrow(NotFoundException::new);
        model.addAttribute("framework", new FrameworkView(found, frameworks.framework(found), stored.roundsUsing(user.organisationId(), found.versionId())));
        model.addAttribute("versions", stored.versions(user.organisationId(), id));
        model.addAttribute("easyRead", request.getParameterMap().containsKey("easy-read"));
        return "assessment/framework";
    }

    @GetMapping("/assessment/frameworks/new")
    String addForm(Model model) {
        return form(null, null, List.of(), FormErrors.none(), model);
    }

    @PostMapping("/assessment/frameworks")
    String add(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String source, Model model, RedirectAttributes redirect) throws IOException {
        String text = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : source;
        if (text == null || text.isBlank()) {
            return form(null, source, List.of(), FormErrors.of("file", "Choose a framework file, or paste the framework into the box"), model);
        }
        try {
            long id = frameworks.add(user, text);
            redirect.addFlashAttribute("notice", "The framework is added");
            return "redirect:/assessment/frameworks/" + id;
        } catch (Frameworks.NotReadable notReadable) {
            return form(null, text, notReadable.problems, problemsIn(notReadable.problems), model);
        }
    }

    @PostMapping("/assessment/frameworks/{id}/copy")
    String copy(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        long copy = frameworks.copy(user, id);
        redirect.addFlashAttribute("notice", "This is your own copy. Change its wording below");
        return "redirect:/assessment/frameworks/" + copy + "/edit";
    }

    @GetMapping("/assessment/frameworks/{id}/edit")
    String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        StoredFramework own = frameworks.own(user, id);
        return form(own, own.source(), List.of(), FormErrors.none(), model);
    }

    @PostMapping("/assessment/frameworks/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) String source, Model model,
            RedirectAttributes redirect) {
        StoredFramework own = frameworks.own(user, id);
        try {
            frameworks.change(user, id, source == null ? "" : source);
            redirect.addFlashAttribute("notice", "Saved as a new version. Rounds already started keep the wording they started with");
            return "redirect:/assessment/frameworks/" + id;
        } catch (Frameworks.NotReadable notReadable) {
            return form(own, source, notReadable.problems, problemsIn(notReadable.problems), model);
        }
    }

    private String form(StoredFramework editing, String source, List<FrameworkFile.Problem> problems, FormErrors errors, Model model) {
        model.addAttribute("editing", editing);
        model.addAttribute("source", source);
        model.addAttribute("problems", problems.stream().map(FrameworkFile.Problem::describe).toList());
        model.addAttribute("errors", errors);
        return "assessment/frameworkForm";
    }

    private static FormErrors problemsIn(List<FrameworkFile.Problem> problems) {
        return FormErrors.of("source", problems.size() == 1 ? "The framework has a mistake: " + problems.get(0).describe()
                : "The framework has " + problems.size() + " mistakes. They are listed under the box, each with its line");
    }
}
