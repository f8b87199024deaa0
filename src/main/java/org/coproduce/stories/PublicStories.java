package org.coproduce.stories;

import java.util.Set;
import org.coproduce.organisations.Organisation;
import org.coproduce.organisations.Organisations;
import org.coproduce.people.ConsentPurpose;
import org.coproduce.people.Register;
import org.coproduce.web.FileResponse;
import org.coproduce.web.NotFoundException;
import org.coproduce.web.Paging;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Stories their tellers chose to share with everyone. Nothing else about a story, or its teller, is ever shown here. */
@Controller
class PublicStories {

    static final int PER_PAGE = 10;

    private final Organisations organisations;
    private final StoryRepository stories;
    private final Stories sharing;
    private final Register register;

    PublicStories(Organisations organisations, StoryRepository stories, Stories sharing, Register register) {
        this.organisations = organisations;
        this.stories = stories;
        this.sharing = sharing;
        this.register = register;
    }

    @GetMapping("/public/{slug}/stories")
    String list(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
        Organisation organisation = organisation(slug);
        Set<Long> stillAgreeing = register.whoConsented(organisation.id(), ConsentPurpose.SHARE_STORY);
        int total = stories.countPublic(organisation.id(), stillAgreeing);
        Paging paging = Paging.clamped(page, PER_PAGE, total, "/public/" + slug + "/stories");
        model.addAttribute("organisation", organisation);
        model.addAttribute("stories", stories.publicStories(organisation.id(), stillAgreeing, PER_PAGE, paging.offset()));
        model.addAttribute("paging", paging);
        return "stories/publicList";
    }

    @GetMapping("/public/{slug}/stories/{id}")
    String story(@PathVariable String slug, @PathVariable long id, Model model) {
        Organisation organisation = organisation(slug);
        model.addAttribute("organisation", organisation);
        model.addAttribute("story", publicStory(organisation, id));
        return "stories/publicStory";
    }

    @GetMapping("/public/{slug}/stories/{id}/audio")
    ResponseEntity<Resource> audio(@PathVariable String slug, @PathVariable long id) {
        Organisation organisation = organisation(slug);
        Story story = publicStory(organisation, id);
        byte[] audio = stories.audio(organisation.id(), id).orElseThrow(NotFoundException::new);
        // Not cached by browsers or proxies: a withdrawn story must stop playing everywhere at once.
        return FileResponse.inline(story.audioType(), audio, "no-store");
    }

    private Story publicStory(Organisation organisation, long id) {
        return stories.find(organisation.id(), id).map(s -> sharing.asSharedNow(organisation.id(), s))
                .filter(s -> !s.withdrawn() && s.scope() == StoryScope.PUBLIC)
                .orElseThrow(NotFoundException::new);
    }

    private Organisation organisation(String slug) {
        return organisations.findBySlug(slug).orElseThrow(NotFoundException::new);
    }
}
