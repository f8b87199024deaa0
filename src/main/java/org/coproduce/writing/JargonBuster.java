package org.coproduce.writing;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.coproduce.organisations.Organisation;
import org.coproduce.organisations.Organisations;
import org.coproduce.plainenglish.Glossary;
import org.coproduce.plainenglish.GlossaryEntry;
import org.coproduce.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** An organisation's jargon buster, A to Z and searchable, for anyone to read without signing in. */
@Controller
class JargonBuster {

    private final Organisations organisations;
    private final WritingCheck check;

    JargonBuster(Organisations organisations, WritingCheck check) {
        this.organisations = organisations;
        this.check = check;
    }

    @GetMapping("/public/{slug}/jargon-buster")
    String page(@PathVariable String slug, @RequestParam(required = false) String q,
            @RequestParam(required = false) String letter, Model model) {
        Organisation organisation = organisations.findBySlug(slug).orElseThrow(NotFoundException::new);
        Glossary glossary = check.glossaryFor(organisation.id());
        List<GlossaryEntry> shown = matching(glossary, q);
        String chosenLetter = letter == null || letter.isBlank() ? null : letter.substring(0, 1).toUpperCase(Locale.ROOT);
        if (chosenLetter != null) {
            shown = shown.stream().filter(e -> initial(e).equals(chosenLetter)).toList();
        }
        model.addAttribute("organisation", organisation);
        model.addAttribute("q", q);
        model.addAttribute("letter", chosenLetter);
        model.addAttribute("letters", new TreeSet<>(glossary.entries().stream().map(JargonBuster::initial).toList()));
        model.addAttribute("entries", shown);
        return "writing/jargonBuster";
    }

    /** Entries whose term, meaning or plainer words contain the search, A to Z; all of them when there is no search. */
    static List<GlossaryEntry> matching(Glossary glossary, String q) {
        if (q == null || q.isBlank()) {
            return glossary.entries();
        }
        String wanted = q.trim().toLowerCase(Locale.ROOT);
        return glossary.entries().stream()
                .filter(e -> contains(e.term(), wanted) || contains(e.meaning(), wanted) || contains(e.plainer(), wanted))
                .sorted((a, b) -> Boolean.compare(!contains(a.term(), wanted), !contains(b.term(), wanted)))
                .toList();
    }

    private static boolean contains(String text, String wanted) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(wanted);
    }

    private static String initial(GlossaryEntry entry) {
        char first = Character.toUpperCase(entry.term().charAt(0));
        return Character.isLetter(first) ? String.valueOf(first) : "#";
    }
}
