package org.coproduce.stories;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.accounts.Role;
import org.coproduce.groups.Groups;
import org.coproduce.people.Register;
import org.coproduce.sessions.Sessions;
import org.coproduce.web.Dates;
import org.coproduce.web.FileResponse;
import org.coproduce.web.FormErrors;
import org.coproduce.privacy.AuditLog;
import org.coproduce.privacy.Topic;
import org.coproduce.web.Labels;
import org.coproduce.web.NotFoundException;
import org.coproduce.web.Option;
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

/** Telling a story, reading the ones you may read, choosing who reads yours, and withdrawing it. */
@Controller
class StoriesController {

    private final StoryRepository stories;
    private final Stories changes;
    private final Register register;
    private final Sessions sessions;
    private final Groups groups;
    private final Labels labels;
    private final AuditLog audit;

    StoriesController(StoryRepository stories, Stories changes, Register register, Sessions sessions, Groups groups, Labels labels,
            AuditLog audit) {
        this.audit = audit;
        this.stories = stories;
        this.changes = changes;
        this.register = register;
        this.sessions = sessions;
        this.groups = groups;
        this.labels = labels;
    }

    @GetMapping("/stories")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<Story> readable = user.isCoordinator() ? stories.all(user.organisationId())
                : stories.readableBy(user.organisationId(), user.personId(),
                        user.has(Role.BOARD) ? List.of(StoryScope.BOARD, StoryScope.PUBLIC) : List.of(StoryScope.PUBLIC));
        List<Story> shown = changes.asSharedNow(user.organisationId(), readable).stream()
                .filter(s -> s.withdrawn() || StoryReaders.mayRead(user, s))
                .toList();
        model.addAttribute("stories", shown);
        model.addAttribute("me", user.personId());
        return "stories/list";
    }

    @GetMapping("/stories/new")
    String tellForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        return form(user, StoryForm.empty(), FormErrors.none(), model);
    }

    @PostMapping("/stories/new")
    String tell(@AuthenticationPrincipal CurrentUser user, StoryForm form, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        List<FormErrors.Error> problems = new ArrayList<>(form.problems(user.isCoordinator()));
        long personId = user.isCoordinator() && form.personId() != null ? form.personId() : user.personId();
        if (user.isCoordinator() && form.personId() != null && register.find(user.organisationId(), form.personId()).isEmpty()) {
            problems.add(new FormErrors.Error("personId", "Choose whose story it is"));
        }
        if (form.scope() != null && !changes.mayShare(user, personId, form.scope())) {
            problems.add(new FormErrors.Error("scope", "They have not agreed to share their story beyond the team. "
                    + "Record their consent to share their story first, or choose " + labels.of(StoryScope.TEAM).toLowerCase(Locale.UK)));
        }
        AudioFile audio = audio(request, problems);
        if (!problems.isEmpty()) {
            return form(user, form, FormErrors.of(problems), model);
        }
        long id = changes.tell(user, personId, form, audio);
        redirect.addFlashAttribute("notice", personId == user.personId() ? "Thank you for sharing your story" : "The story is saved");
        return "redirect:/stories/" + id;
    }

    @GetMapping("/stories/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Story story = visible(user, id);
        if (!story.withdrawn() && story.scope() != StoryScope.PUBLIC) {
            // A story told for the team or the board is often about someone's health or care.
            audit.viewed(user, Topic.HEALTH, new AuditLog.Subject(story.personId(), story.tellerName()),
                    "Their story \"" + story.title() + "\" (who can read it: " + labels.of(story.scope()).toLowerCase(java.util.Locale.UK) + ")");
        }
        model.addAttribute("story", story);
        model.addAttribute("canManage", StoryReaders.mayManage(user, story));
        model.addAttribute("teller", StoryReaders.isTeller(user, story));
        model.addAttribute("coordinator", user.isCoordinator());
        // Someone else may keep a story to fewer readers, never share it more widely than its teller chose.
        model.addAttribute("scopes", labels.options(StoryScope.class).stream()
                .filter(o -> StoryReaders.isTeller(user, story) || StoryScope.valueOf(o.value()).compareTo(story.scope()) <= 0)
                .toList());
        model.addAttribute("heardAt", user.isCoordinator() || StoryReaders.isTeller(user, story) ? heardAt(user, id) : List.of());
        model.addAttribute("meetings", user.isCoordinator() && !story.withdrawn() && story.scope().reachesBoard()
                ? meetingOptions(user) : List.of());
        return "stories/story";
    }

    @GetMapping("/stories/{id}/audio")
    ResponseEntity<Resource> audio(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        Story story = find(user, id).filter(s -> StoryReaders.mayRead(user, s)).orElseThrow(NotFoundException::new);
        byte[] audio = stories.audio(user.organisationId(), id).orElseThrow(NotFoundException::new);
        return FileResponse.inline(story.audioType(), audio, "private, no-store");
    }

    @PostMapping("/stories/{id}/scope")
    String changeScope(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) StoryScope scope, RedirectAttributes redirect) {
        Story story = manageable(user, id);
        if (scope == null || scope == story.scope()) {
            return "redirect:/stories/" + id;
        }
        if (scope.compareTo(story.scope()) > 0 && !StoryReaders.isTeller(user, story)) {
            redirect.addFlashAttribute("problem", "Only " + story.tellerName() + " can share their story more widely");
            return "redirect:/stories/" + id;
        }
        changes.changeScope(user, story, scope);
        redirect.addFlashAttribute("notice", "Now " + labels.of(scope).toLowerCase(Locale.UK) + " can read it");
        return "redirect:/stories/" + id;
    }

    @GetMapping("/stories/{id}/withdraw")
    String confirmWithdrawal(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("story", manageable(user, id));
        return "stories/withdraw";
    }

    @PostMapping("/stories/{id}/withdraw")
    String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        changes.withdraw(user, manageable(user, id));
        redirect.addFlashAttribute("notice", "The story is withdrawn. Nobody can read it any more, and it is gone from every page");
        return "redirect:/stories";
    }

    @PostMapping("/stories/{id}/meetings")
    @PreAuthorize("hasRole('COORDINATOR')")
    String addToMeeting(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) Long sessionId, RedirectAttributes redirect) {
        Story story = manageable(user, id);
        if (sessionId == null) {
            return "redirect:/stories/" + id;
        }
        changes.addToMeeting(user, story, sessionId);
        redirect.addFlashAttribute("notice", "The story is on the meeting's agenda");
        return "redirect:/stories/" + id;
    }

    private List<String> heardAt(CurrentUser user, long storyId) {
        return stories.meetings(user.organisationId(), storyId).stream()
                .flatMap(heard -> sessions.find(user.organisationId(), heard.sessionId()).stream())
                .map(s -> s.title() + ", " + Dates.date(s.startsAt()))
                .toList();
    }

    /** Meetings of boards and working groups in the next three months. */
    private List<Option> meetingOptions(CurrentUser user) {
        Instant now = Instant.now();
        return sessions.groupMeetingsBetween(user.organisationId(), now, now.plus(Duration.ofDays(92))).stream()
                .map(s -> new Option(String.valueOf(s.id()),
                        groups.find(user.organisationId(), s.groupId()).map(g -> g.name() + ": ").orElse("")
                                + s.title() + ", " + Dates.date(s.startsAt()), null))
                .toList();
    }

    private AudioFile audio(HttpServletRequest request, List<FormErrors.Error> problems) {
        MultipartRequest multipart = WebUtils.getNativeRequest(request, MultipartRequest.class);
        MultipartFile file = multipart == null ? null : multipart.getFile("audio");
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            byte[] content = file.getBytes();
            if (content.length > AudioFile.MOST_BYTES) {
                problems.add(new FormErrors.Error("audio", "The recording must be smaller than 15 MB. A few minutes is plenty"));
                return null;
            }
            AudioFile audio = AudioFile.of(content).orElse(null);
            if (audio == null) {
                problems.add(new FormErrors.Error("audio", "The recording must be a sound file: MP3, M4A, WAV, Ogg or WebM"));
            }
            return audio;
        } catch (IOException e) {
            problems.add(new FormErrors.Error("audio", "The recording could not be read. Choose it again"));
            return null;
        }
    }

    private String form(CurrentUser user, StoryForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("coordinator", user.isCoordinator());
        model.addAttribute("people", user.isCoordinator()
                ? register.everyoneCurrent(user.organisationId()).stream()
                        .map(p -> new Option(String.valueOf(p.id()), p.fullName(), null)).toList()
                : List.of());
        model.addAttribute("scopes", labels.options(StoryScope.class));
        return "stories/tell";
    }

    /** A story the user may read, or the record of one they or a coordinator may see was withdrawn. */
    private Story visible(CurrentUser user, long id) {
        return find(user, id)
                .filter(s -> StoryReaders.mayRead(user, s) || s.withdrawn() && StoryReaders.mayManage(user, s))
                .orElseThrow(NotFoundException::new);
    }

    private Story manageable(CurrentUser user, long id) {
        return find(user, id).filter(s -> StoryReaders.mayManage(user, s) && !s.withdrawn())
                .orElseThrow(NotFoundException::new);
    }

    private Optional<Story> find(CurrentUser user, long id) {
        return stories.find(user.organisationId(), id).map(s -> changes.asSharedNow(user.organisationId(), s));
    }
}
