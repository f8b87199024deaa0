package org.coproduce.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void aPageBeforeTheFirstOrAfterTheLastShowsTheNearestRealPage() {
        assertThat(Paging.clamped(0, 10, 25, "/stories").page()).isEqualTo(1);
        assertThat(Paging.clamped(99, 10, 25, "/stories").page()).isEqualTo(3);
        assertThat(Paging.clamped(2, 10, 0, "/stories").page()).isEqualTo(1);
    }

    @Test
    void thePageSkipsTheItemsOfThePagesBeforeIt() {
        assertThat(Paging.clamped(3, 10, 25, "/stories").offset()).isEqualTo(20);
        assertThat(Paging.clamped(3, 10, 25, "/stories").href(2)).isEqualTo("/stories?page=2");
    }
}
