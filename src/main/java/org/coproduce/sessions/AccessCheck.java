package org.coproduce.sessions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coproduce.people.AccessNeed;
import org.coproduce.people.CommunicationFormat;

/**
 * Every access and communication need of the people coming to a session, and whether each has been arranged.
 * Needs are grouped, so that one BSL interpreter booking covers everyone who needs one.
 */
public record AccessCheck(List<Need> needs) {

    /** Papers in these formats have to be made for the session; other formats are about how we write to people. */
    static final Set<CommunicationFormat> PAPER_FORMATS = Set.of(CommunicationFormat.AUDIO, CommunicationFormat.BSL_VIDEO,
            CommunicationFormat.BRAILLE);

    /** Someone who said they are coming, with what they need. */
    record Coming(long personId, String name, Set<AccessNeed> needs, Set<CommunicationFormat> formats, String otherNeeds) {
    }

    /**
     * A need to arrange for this session.
     *
     * @param key    what the arrangement is saved under, for example "BSL_INTERPRETER", "FORMAT_BRAILLE" or "OTHER_42"
     * @param other  for a need in someone's own words, those words; otherwise null
     * @param note   what was arranged, or null when it has not been
     * @param personIds whose need it is, in the order of {@code people}
     */
    public record Need(String key, AccessNeed need, CommunicationFormat format, String other, List<String> people,
            List<Long> personIds, boolean arranged, String note) {
    }

    static AccessCheck of(List<Coming> coming, Map<String, String> arranged) {
        Map<String, List<Coming>> people = new LinkedHashMap<>();
        Map<String, Need> shapes = new LinkedHashMap<>();
        for (AccessNeed need : AccessNeed.values()) {
            for (Coming person : coming) {
                if (person.needs().contains(need)) {
                    add(people, shapes, need.name(), new Need(need.name(), need, null, null, List.of(), List.of(), false, null), person);
                }
            }
        }
        for (CommunicationFormat format : CommunicationFormat.values()) {
            if (!PAPER_FORMATS.contains(format)) {
                continue;
            }
            for (Coming person : coming) {
                if (person.formats().contains(format)) {
                    String key = "FORMAT_" + format.name();
                    add(people, shapes, key, new Need(key, null, format, null, List.of(), List.of(), false, null), person);
                }
            }
        }
        for (Coming person : coming) {
            if (person.otherNeeds() != null && !person.otherNeeds().isBlank()) {
                String key = "OTHER_" + person.personId();
                add(people, shapes, key, new Need(key, null, null, person.otherNeeds().strip(), List.of(), List.of(), false, null), person);
            }
        }
        List<Need> needs = new ArrayList<>();
        shapes.forEach((key, shape) -> needs.add(new Need(key, shape.need(), shape.format(), shape.other(),
                people.get(key).stream().map(Coming::name).toList(), people.get(key).stream().map(Coming::personId).toList(),
                arranged.containsKey(key), arranged.get(key))));
        return new AccessCheck(needs);
    }

    public List<Need> unmet() {
        return needs.stream().filter(need -> !need.arranged()).toList();
    }

    /** Everyone whose need is in the check: the people whose needs it shows. */
    public Set<Long> personIds() {
        Set<Long> ids = new LinkedHashSet<>();
        needs.forEach(need -> ids.addAll(need.personIds()));
        return ids;
    }

    private static void add(Map<String, List<Coming>> people, Map<String, Need> shapes, String key, Need shape, Coming person) {
        shapes.putIfAbsent(key, shape);
        people.computeIfAbsent(key, k -> new ArrayList<>()).add(person);
    }
}
