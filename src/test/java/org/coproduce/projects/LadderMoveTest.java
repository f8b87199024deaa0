package org.coproduce.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LadderMoveTest {

    @Test
    void aProjectPlacedOnceHasNotMoved() {
        assertThat(LadderMove.of(List.of())).isNull();
        assertThat(LadderMove.of(List.of(step(Rung.CONSULTATION)))).isNull();
    }

    @Test
    void theMoveIsFromTheFirstPlacingToTheLatest() {
        LadderMove move = LadderMove.of(List.of(step(Rung.CO_DESIGN), step(Rung.ENGAGEMENT), step(Rung.CONSULTATION)));

        assertThat(move.from()).isEqualTo(Rung.CONSULTATION);
        assertThat(move.to()).isEqualTo(Rung.CO_DESIGN);
        assertThat(move.up()).isTrue();
        assertThat(move.down()).isFalse();
        assertThat(move.changedBand()).isTrue();
    }

    @Test
    void slippingBackDownTheLadderIsNoticed() {
        LadderMove move = LadderMove.of(List.of(step(Rung.INFORMING), step(Rung.CONSULTATION)));

        assertThat(move.down()).isTrue();
        assertThat(move.changedBand()).isFalse();
    }

    @Test
    void endingWhereItStartedIsNeitherUpNorDown() {
        LadderMove move = LadderMove.of(List.of(step(Rung.CO_DESIGN), step(Rung.CO_PRODUCTION), step(Rung.CO_DESIGN)));

        assertThat(move.up()).isFalse();
        assertThat(move.down()).isFalse();
    }

    private static LadderStep step(Rung rung) {
        return new LadderStep(rung, "Because", "Priya", Instant.parse("2026-11-01T10:00:00Z"));
    }
}
