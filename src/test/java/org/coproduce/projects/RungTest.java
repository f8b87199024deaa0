package org.coproduce.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RungTest {

    @Test
    void theLadderRunsFromCoercionAtTheBottomToCoProductionAtTheTop() {
        assertThat(Rung.values()).containsExactly(Rung.COERCION, Rung.EDUCATING, Rung.INFORMING, Rung.CONSULTATION,
                Rung.ENGAGEMENT, Rung.CO_DESIGN, Rung.CO_PRODUCTION);
    }

    @Test
    void coProductionIsAboveCoDesignWhichIsAboveEngagement() {
        assertThat(Rung.CO_PRODUCTION).isGreaterThan(Rung.CO_DESIGN);
        assertThat(Rung.CO_DESIGN).isGreaterThan(Rung.ENGAGEMENT);
        assertThat(Rung.CONSULTATION).isGreaterThan(Rung.INFORMING);
        assertThat(Rung.EDUCATING).isGreaterThan(Rung.COERCION);
    }

    @Test
    void coercionAndEducatingAreDoingToPeople() {
        assertThat(Rung.COERCION.band()).isEqualTo(Rung.Band.DOING_TO);
        assertThat(Rung.EDUCATING.band()).isEqualTo(Rung.Band.DOING_TO);
    }

    @Test
    void informingConsultationAndEngagementAreDoingForPeople() {
        assertThat(Rung.INFORMING.band()).isEqualTo(Rung.Band.DOING_FOR);
        assertThat(Rung.CONSULTATION.band()).isEqualTo(Rung.Band.DOING_FOR);
        assertThat(Rung.ENGAGEMENT.band()).isEqualTo(Rung.Band.DOING_FOR);
    }

    @Test
    void coDesignAndCoProductionAreDoingWithPeople() {
        assertThat(Rung.CO_DESIGN.band()).isEqualTo(Rung.Band.DOING_WITH);
        assertThat(Rung.CO_PRODUCTION.band()).isEqualTo(Rung.Band.DOING_WITH);
    }

    @Test
    void theBandsRunInTheSameOrderAsTheLadderWithoutGaps() {
        assertThat(Rung.Band.values()).containsExactly(Rung.Band.DOING_TO, Rung.Band.DOING_FOR, Rung.Band.DOING_WITH);
        assertThat(Arrays.stream(Rung.values()).map(Rung::band).toList()).isSorted();
        assertThat(Arrays.stream(Rung.values()).map(Rung::band).distinct()).containsExactly(Rung.Band.values());
    }
}
