package org.coproduce.publishing;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisation;
import org.coproduce.organisations.Organisations;
import org.coproduce.people.ConsentPurpose;
import org.coproduce.people.Person;
import org.coproduce.people.Register;
import org.coproduce.web.FileKind;
import org.coproduce.web.FileResponse;
import org.coproduce.web.FormErrors;
import org.coproduce.web.NotFoundException;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;

/**
 * Who's who: people who agreed to be named in public, with the name, words and photo they chose. A person writes
 * their own entry and chooses there whether to be shown and whether their photo is; a coordinator can write it with
 * them, but only the person can agree to be named.
 */
@Controller
class WhosWhoController {

    static final int MOST_PHOTO_BYTES = 5 * 1024 * 1024;

    private final WhosWhoRepository entries;
    private final WhosWhoChanges changes;
    private final Register register;
    private final Organisations organisations;

    WhosWhoController(WhosWhoRepository entries, WhosWhoChanges changes, Register register, Organisations organisations) {
        this.entries = entries;
        this.changes = changes;
        this.register = register;
        this.organisations = organisations;
    }

    @GetMapping("/publishing/whos-who")
    @PreAuthorize("hasRole('COORDINATOR')")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        long organisationId = user.organisationId();
        Map<Long, WhosWhoEntry> byPerson = entries.all(organisationId).stream()
                .collect(Collectors.toMap(WhosWhoEntry::personId, entry -> entry));
        List<WhosWhoRow> rows = register.everyoneCurrent(organisationId).stream()
                .map(person -> new WhosWhoRow(person.id(), person.fullName(), byPerson.get(person.id()),
                        register.hasConsented(organisationId, person.id(), ConsentPurpose.NAME_SHOWN)))
                .toList();
        model.addAttribute("organisation", organisations.get(organisationId));
        model.addAttribute("rows", rows);
        return "publishing/whosWhoList";
    }

    @GetMapping("/whos-who/{personId}")
    String form(@AuthenticationPrincipal CurrentUser user, @PathVariable long personId, Model model) {
        Person person = person(user, personId);
        WhosWhoEntry entry = entries.find(user.organisationId(), personId).orElse(null);
        return form(user, person, entry,
                entry == null ? person.displayName() : entry.shownName(),
                entry == null ? null : entry.roleTitle(),
                entry == null ? null : entry.words(),
                consented(user, personId, ConsentPurpose.NAME_SHOWN), entry != null && entry.showPhoto(),
                FormErrors.none(), model);
    }

    @PostMapping("/whos-who/{personId}")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long personId,
            @RequestParam(required = false) String shownName, @RequestParam(required = false) String roleTitle,
            @RequestParam(required = false) String words, @RequestParam(required = false) Boolean showName,
            @RequestParam(required = false) Boolean showPhoto, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        Person person = person(user, personId);
        boolean self = user.personId() == personId;
        List<FormErrors.Error> problems = new ArrayList<>();
        if (shownName == null) {
            problems.add(new FormErrors.Error("shownName", "Enter the name to show, like a first name"));
        } else {
            PublishingLimits.SHOWN_NAME.check("shownName", shownName, problems);
        }
        PublishingLimits.ROLE_TITLE.check("roleTitle", roleTitle, problems);
        PublishingLimits.WORDS.check("words", words, problems);
        Portrait portrait = portrait(request, problems);
        if (!problems.isEmpty()) {
            return form(user, person, entries.find(user.organisationId(), personId).orElse(null), shownName, roleTitle, words,
                    self ? Boolean.TRUE.equals(showName) : consented(user, personId, ConsentPurpose.NAME_SHOWN),
                    Boolean.TRUE.equals(showPhoto), FormErrors.of(problems), model);
        }
        changes.save(user, personId, shownName, roleTitle, words, Boolean.TRUE.equals(showPhoto), portrait,
                self ? Boolean.TRUE.equals(showName) : null);
        boolean shown = consented(user, personId, ConsentPurpose.NAME_SHOWN);
        String waitingPhoto = portrait != null && !self
                ? " The new photo shows once " + person.displayName() + " has seen it and you tick that they chose to show it." : "";
        redirect.addFlashAttribute("notice", (shown ? "Saved. It is on the public who's who page now."
                : "Saved. It will not be on the public page until " + (self ? "you agree" : "they agree") + " to their name being shown.")
                + waitingPhoto);
        return "redirect:/whos-who/" + personId;
    }

    /** The photo sent with the form, redrawn without what else the file carried; null when none was sent. */
    private static Portrait portrait(HttpServletRequest request, List<FormErrors.Error> problems) {
        MultipartRequest multipart = WebUtils.getNativeRequest(request, MultipartRequest.class);
        MultipartFile file = multipart == null ? null : multipart.getFile("photo");
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            byte[] photo = file.getBytes();
            boolean picture = FileKind.of(file.getOriginalFilename(), photo).filter(k -> k == FileKind.JPEG || k == FileKind.PNG).isPresent();
            if (photo.length > MOST_PHOTO_BYTES) {
                problems.add(new FormErrors.Error("photo", "The photo must be smaller than 5 MB"));
                return null;
            }
            if (!picture) {
                problems.add(new FormErrors.Error("photo", "The photo must be a JPG or PNG file"));
                return null;
            }
            Portrait portrait = Portrait.of(photo).orElse(null);
            if (portrait == null) {
                problems.add(new FormErrors.Error("photo", "We could not read this photo. Try another JPG or PNG photo"));
            }
            return portrait;
        } catch (IOException e) {
            problems.add(new FormErrors.Error("photo", "The photo could not be read. Choose it again"));
            return null;
        }
    }

    @PostMapping("/whos-who/{personId}/photo/remove")
    String removePhoto(@AuthenticationPrincipal CurrentUser user, @PathVariable long personId, RedirectAttributes redirect) {
        person(user, personId);
        entries.savePhoto(user.organisationId(), personId, null, null, false);
        redirect.addFlashAttribute("notice", "The photo is taken off");
        return "redirect:/whos-who/" + personId;
    }

    @PostMapping("/whos-who/{personId}/remove")
    String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long personId, RedirectAttributes redirect) {
        person(user, personId);
        entries.remove(user.organisationId(), personId);
        redirect.addFlashAttribute("notice", "The entry is deleted and gone from the public page");
        return "redirect:/whos-who/" + personId;
    }

    @GetMapping("/whos-who/{personId}/photo")
    ResponseEntity<Resource> ownPhoto(@AuthenticationPrincipal CurrentUser user, @PathVariable long personId) {
        person(user, personId);
        WhosWhoEntry entry = entries.find(user.organisationId(), personId).filter(WhosWhoEntry::hasPhoto).orElseThrow(NotFoundException::new);
        return FileResponse.inline(entry.photoType(), entries.photo(user.organisationId(), personId).orElseThrow(NotFoundException::new),
                "private, no-store");
    }

    @GetMapping("/public/{slug}/whos-who")
    String publicPage(@PathVariable String slug, Model model) {
        Organisation organisation = organisations.findBySlug(slug).orElseThrow(NotFoundException::new);
        Set<Long> current = register.everyoneCurrent(organisation.id()).stream().map(Person::id).collect(Collectors.toSet());
        List<PublicEntry> shown = entries.all(organisation.id()).stream()
                .filter(entry -> current.contains(entry.personId()))
                .filter(entry -> register.hasConsented(organisation.id(), entry.personId(), ConsentPurpose.NAME_SHOWN))
                .map(entry -> new PublicEntry(entry, entry.photoShown() && !refusedPhotographs(organisation.id(), entry.personId())))
                .toList();
        model.addAttribute("organisation", organisation);
        model.addAttribute("entries", shown);
        return "publishing/whosWho";
    }

    @GetMapping("/public/{slug}/whos-who/{personId}/photo")
    ResponseEntity<Resource> publicPhoto(@PathVariable String slug, @PathVariable long personId) {
        Organisation organisation = organisations.findBySlug(slug).orElseThrow(NotFoundException::new);
        long id = organisation.id();
        WhosWhoEntry entry = entries.find(id, personId).filter(WhosWhoEntry::photoShown)
                .filter(e -> register.find(id, personId).map(p -> !p.archived()).orElse(false))
                .filter(e -> register.hasConsented(id, personId, ConsentPurpose.NAME_SHOWN))
                .filter(e -> !refusedPhotographs(id, personId))
                .orElseThrow(NotFoundException::new);
        // Checked with us each time it is shown, so a photo taken down goes at once; unchanged, it is not sent again.
        return FileResponse.inline(entry.photoType(), entries.photo(id, personId).orElseThrow(NotFoundException::new), "no-cache");
    }

    /** Their own choice shows the photo, unless the register records that they said no to photographs of them. */
    private boolean refusedPhotographs(long organisationId, long personId) {
        return register.latestConsent(organisationId, personId, ConsentPurpose.PHOTOGRAPHS).map(d -> !d.given()).orElse(false);
    }

    private boolean consented(CurrentUser user, long personId, ConsentPurpose purpose) {
        return register.hasConsented(user.organisationId(), personId, purpose);
    }

    private String form(CurrentUser user, Person person, WhosWhoEntry entry, String shownName, String roleTitle, String words,
            boolean showName, boolean showPhoto, FormErrors errors, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("entry", entry);
        model.addAttribute("self", user.personId() == person.id());
        model.addAttribute("shownName", shownName);
        model.addAttribute("roleTitle", roleTitle);
        model.addAttribute("words", words);
        model.addAttribute("showName", showName);
        model.addAttribute("showPhoto", showPhoto);
        model.addAttribute("slug", organisations.get(user.organisationId()).slug());
        model.addAttribute("errors", errors);
        return "publishing/whosWhoForm";
    }

    /** Someone may write their own entry; a coordinator may write anyone's. */
    private Person person(CurrentUser user, long personId) {
        if (user.personId() != personId && !user.isCoordinator()) {
            throw new NotFoundException();
        }
        return register.find(user.organisationId(), personId).orElseThrow(NotFoundException::new);
    }
}
