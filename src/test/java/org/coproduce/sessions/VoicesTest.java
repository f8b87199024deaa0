package org.coproduce.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VoicesTest {

    static final Candidate JAMIE = new Candidate(1, "Jamie", "co-chair");
    static final Candidate AISHA = new Candidate(2, "Aisha", "member");
    static final Candidate HELEN = new Candidate(3, "Helen", "member");

    @Test
    void everyoneWhoCameIsNotHeardYetBeforeAnyoneHasSpoken() {
        assertThat(Voices.notYetHeard(List.of(JAMIE, AISHA, HELEN), Map.of())).containsExactly(JAMIE, AISHA, HELEN);
    }

    @Test
    void speakingOnAnyItemCountsAsBeingHeard() {
        var spoke = Map.of(10L, Set.of(1L), 11L, Set.of(3L));

        assertThat(Voices.notYetHeard(List.of(JAMIE, AISHA, HELEN), spoke)).containsExactly(AISHA);
    }

    @Test
    void someoneRecordedAsSpeakingWhoWasNotThereChangesNothing() {
        var spoke = Map.of(10L, Set.of(99L));

        assertThat(Voices.notYetHeard(List.of(JAMIE, AISHA), spoke)).containsExactly(JAMIE, AISHA);
    }

    @Test
    void whenEveryoneHasSpokenNobodyIsListed() {
        var spoke = Map.of(10L, Set.of(1L, 2L), 11L, Set.of(2L));

        assertThat(Voices.notYetHeard(List.of(JAMIE, AISHA), spoke)).isEmpty();
    }
}
