package org.coproduce.groups;

import java.util.List;

/**
 * A member of a champions network with what they have done.
 *
 * @param name null when shown in public to someone they have not agreed may see their name
 */
public record Champion(long personId, String name, List<ChampionRecord> records) {

    public List<ChampionRecord> training() {
        return records.stream().filter(r -> r.kind() == ChampionActivity.TRAINING).toList();
    }

    public List<ChampionRecord> supported() {
        return records.stream().filter(r -> r.kind() == ChampionActivity.SUPPORT).toList();
    }
}
