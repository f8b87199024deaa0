package org.coproduce.writing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisations;
import org.coproduce.plainenglish.Glossary;
import org.coproduce.plainenglish.GlossaryEntry;
import org.coproduce.plainenglish.Report;
import org.coproduce.web.FormErrors;
import org.coproduce.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Coordinators keep their organisation's jargon buster: they add entries, and change built-in ones to suit local
 * words. Entries are public, so a meaning the plain English check warns about needs a second, deliberate "publish".
 */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class GlossaryController {

    private final GlossaryRepository ours;
    private final WritingCheck check;
    private final Organisations organisations;

    GlossaryController(GlossaryRepository ours, WritingCheck check, Organisations organisations) {
        this.ours = ours;
        this.check = check;
        this.organisations = organisations;
    }

    @GetMapping("/glossary")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q, Model model) {
        Glossary glossary = check.glossaryFor(user.organisationId());
        List<String> ourTerms = ours.all(user.organisationId()).stream().map(e -> e.term().toLowerCase(Locale.ROOT)).toList();
        model.addAttribute("q", q);
        model.addAttribute("entries", JargonBuster.matching(glossary, q).stream()
                .map(e -> new ListedEntry(e, Glossary.builtIn().find(e.term()).isPresent(),
                        ourTerms.contains(e.term().toLowerCase(Locale.ROOT))))
                .toList());
        model.addAttribute("publicAddress", "/public/" + organisations.get(user.organisationId()).slug() + "/jargon-buster");
        return "writing/glossary";
    }

    @GetMapping("/glossary/new")
    String newEntry(Model model) {
        return form(new GlossaryForm(null, null, null, null, null), null, null, false, FormErrors.none(), model);
    }

    @GetMapping("/glossary/entry")
    String entry(@AuthenticationPrincipal CurrentUser user, @RequestParam String term, Model model) {
        GlossaryEntry entry = check.glossaryFor(user.organisationId()).find(term).orElseThrow(NotFoundException::new);
        Report report = check.check(user.organisationId(), entry.meaning());
        return form(new GlossaryForm(entry.term(), entry.term(), entry.meaning(), entry.plainer(), null), report, null,
                ours.find(user.organisationId(), entry.term()).isPresent(), FormErrors.none(), model);
    }

    @PostMapping("/glossary/entry")
    String save(@AuthenticationPrincipal CurrentUser user, GlossaryForm form, Model model, RedirectAttributes redirect) {
        FormErrors errors = problems(user, form);
        boolean alreadyOurs = form.originalTerm() != null && ours.find(user.organisationId(), form.originalTerm()).isPresent();
        if (errors.any()) {
            return form(form, null, null, alreadyOurs, errors, model);
        }
        Report report = check.check(user.organisationId(), form.meaning());
        if (report.needsWarning() && !Boolean.TRUE.equals(form.publishAnyway())) {
            return form(form, report, report, alreadyOurs, FormErrors.none(), model);
        }
        if (report.needsWarning()) {
            check.recordPublishedDespiteWarning(user, "Jargon buster: " + form.term(), report);
        }
        if (form.originalTerm() != null && !form.originalTerm().equalsIgnoreCase(form.term())) {
            ours.remove(user.organisationId(), form.originalTerm());
        }
        ours.save(user.organisationId(), form.entry());
        redirect.addFlashAttribute("notice", "\"" + form.term() + "\" is saved. Anyone can read it on your public jargon buster");
        redirect.addAttribute("term", form.term());
        return "redirect:/glossary/entry";
    }

    @PostMapping("/glossary/remove")
    String remove(@AuthenticationPrincipal CurrentUser user, @RequestParam String term, RedirectAttributes redirect) {
        if (!ours.remove(user.organisationId(), term)) {
            throw new NotFoundException();
        }
        boolean builtIn = Glossary.builtIn().find(term).isPresent();
        redirect.addFlashAttribute("notice", builtIn
                ? "Your version of \"" + term + "\" is removed. The built-in meaning is used again"
                : "\"" + term + "\" is removed from your jargon buster");
        return "redirect:/glossary";
    }

    private FormErrors problems(CurrentUser user, GlossaryForm form) {
        if (form.term() == null) {
            return FormErrors.of("term", "Enter the word or abbreviation");
        }
        if (!GlossaryForm.TERM.allows(form.term())) {
            return FormErrors.of("term", GlossaryForm.TERM.tooLong(form.term()));
        }
        if (form.meaning() == null) {
            return FormErrors.of("meaning", "Enter what it means, in plain words");
        }
        if (!GlossaryForm.MEANING.allows(form.meaning())) {
            return FormErrors.of("meaning", GlossaryForm.MEANING.tooLong(form.meaning()));
        }
        if (!GlossaryForm.PLAINER.allows(form.plainer())) {
            return FormErrors.of("plainer", GlossaryForm.PLAINER.tooLong(form.plainer()));
        }
        boolean renamedOntoAnother = form.originalTerm() == null || !form.originalTerm().equalsIgnoreCase(form.term());
        Optional<GlossaryEntry> existing = ours.find(user.organisationId(), form.term());
        if (renamedOntoAnother && existing.isPresent()) {
            return FormErrors.of("term", "Your jargon buster already has \"" + existing.get().term() + "\". Change that entry instead");
        }
        return FormErrors.none();
    }

    private static String form(GlossaryForm form, Report check, Report warning, boolean ours, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("ours", ours);
        model.addAttribute("check", check);
        model.addAttribute("warning", warning);
        model.addAttribute("errors", errors);
        model.addAttribute("builtIn", form.term() != null && Glossary.builtIn().find(form.term()).isPresent());
        return "writing/glossaryEntry";
    }
}
