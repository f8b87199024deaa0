package org.coproduce.groups;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisation;
import org.coproduce.organisations.Organisations;
import org.coproduce.people.ConsentPurpose;
import org.coproduce.people.Register;
import org.coproduce.web.Dates;
import org.coproduce.web.FormErrors;
import org.coproduce.web.Labels;
import org.coproduce.web.NotFoundException;
import org.coproduce.web.Option;
import org.coproduce.web.Refused;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Champions: people who speak up for co-production and support others to take part. The organisation records their
 * training and the work they have supported; the public page names only those who agreed to be named.
 */
@Controller
class ChampionsController {

    private final GroupRepository groups;
    private final MemberRepository members;
    private final ChampionRepository champions;
    private final GroupChanges changes;
    private final Register register;
    private final Organisations organisations;
    private final Labels labels;

    ChampionsController(GroupRepository groups, MemberRepository members, ChampionRepository champions, GroupChanges changes,
            Register register, Organisations organisations, Labels labels) {
        this.groups = groups;
        this.members = members;
        this.champions = champions;
        this.changes = changes;
        this.register = register;
        this.organisations = organisations;
        this.labels = labels;
    }

    @GetMapping("/groups/{groupId}/champions")
    String network(@AuthenticationPrincipal CurrentUser user, @PathVariable long groupId, Model model) {
        return networkPage(user, network(user, groupId), ChampionRecordForm.empty(), FormErrors.none(), model);
    }

    @PostMapping("/groups/{groupId}/champions/records")
    @PreAuthorize("hasRole('COORDINATOR')")
    String record(@AuthenticationPrincipal CurrentUser user, @PathVariable long groupId, ChampionRecordForm form, Model model,
            RedirectAttributes redirect) {
        Group group = network(user, groupId);
        List<FormErrors.Error> problems = form.problems(LocalDate.now(Dates.LONDON));
        if (!problems.isEmpty()) {
            return networkPage(user, group, form, FormErrors.of(problems), model);
        }
        try {
            changes.recordChampionWork(user, groupId, form.personId(), form.kind(), form.what(), form.happenedOn().date());
        } catch (Refused refused) {
            return networkPage(user, group, form, FormErrors.of(refused), model);
        }
        redirect.addFlashAttribute("notice", "Saved: " + form.what());
        return "redirect:/groups/" + groupId + "/champions";
    }

    @GetMapping("/public/{slug}/champions")
    String publicPage(@org.springframework.web.bind.annotation.PathVariable String slug, Model model) {
        Organisation organisation = organisations.findBySlug(slug).orElseThrow(NotFoundException::new);
        List<Long> ids = champions.currentChampions(organisation.id());
        Map<Long, List<ChampionRecord>> records = champions.recordsOf(organisation.id(), ids).stream()
                .collect(Collectors.groupingBy(ChampionRecord::personId));
        List<Champion> named = ids.stream()
                .filter(id -> register.hasConsented(organisation.id(), id, ConsentPurpose.NAME_SHOWN))
                .flatMap(id -> register.find(organisation.id(), id).stream())
                .filter(person -> !person.archived())
                .map(person -> new Champion(person.id(), person.displayName(), records.getOrDefault(person.id(), List.of())))
                .sorted(java.util.Comparator.comparing(Champion::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<ChampionRecord> all = records.values().stream().flatMap(List::stream).toList();
        model.addAttribute("organisation", organisation);
        model.addAttribute("named", named);
        model.addAttribute("unnamed", ids.size() - named.size());
        model.addAttribute("trainingCount", all.stream().filter(r -> r.kind() == ChampionActivity.TRAINING).count());
        model.addAttribute("supportCount", all.stream().filter(r -> r.kind() == ChampionActivity.SUPPORT).count());
        return "groups/publicChampions";
    }

    private String networkPage(CurrentUser user, Group group, ChampionRecordForm form, FormErrors errors, Model model) {
        List<Member> people = championsIn(user.organisationId(), group.id());
        Map<Long, List<ChampionRecord>> records = champions.recordsOf(user.organisationId(),
                        people.stream().map(Member::personId).toList()).stream()
                .collect(Collectors.groupingBy(ChampionRecord::personId));
        model.addAttribute("group", group);
        model.addAttribute("champions", people.stream()
                .map(m -> new Champion(m.personId(), m.name(), records.getOrDefault(m.personId(), List.of())))
                .toList());
        model.addAttribute("canManage", user.isCoordinator());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("championOptions", people.stream().map(m -> new Option(String.valueOf(m.personId()), m.name())).toList());
        model.addAttribute("kindOptions", labels.options(ChampionActivity.class));
        model.addAttribute("publicPage", "/public/" + organisations.get(user.organisationId()).slug() + "/champions");
        return "groups/champions";
    }

    /** Champions are the network's members and co-chairs; its supporting staff and advisers are not. */
    private List<Member> championsIn(long organisationId, long groupId) {
        return members.current(organisationId, groupId).stream().filter(m -> m.role().isMember()).toList();
    }

    private Group network(CurrentUser user, long groupId) {
        return groups.find(user.organisationId(), groupId)
                .filter(g -> g.kind() == GroupKind.CHAMPIONS_NETWORK)
                .orElseThrow(NotFoundException::new);
    }
}
