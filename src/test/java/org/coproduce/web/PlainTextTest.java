package org.coproduce.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void blankLinesSeparateParagraphsAndLinesWithinOneAreJoined() {
        List<PlainText.Block> blocks = PlainText.blocks("We meet every month.\nIn the hub.\n\nWe pay people.");

        assertThat(blocks).extracting(PlainText.Block::text).containsExactly("We meet every month. In the hub.", "We pay people.");
        assertThat(blocks).extracting(PlainText.Block::kind).containsOnly(PlainText.Block.Kind.PARAGRAPH);
    }

    @Test
    void dashesAndStarsMakeABulletedListAndHashesMakeAHeading() {
        List<PlainText.Block> blocks = PlainText.blocks("# Who is on the board\n- Two co-chairs\n* Members\n• Staff\nThat is all.");

        assertThat(blocks).extracting(PlainText.Block::kind).containsExactly(
                PlainText.Block.Kind.HEADING, PlainText.Block.Kind.LIST, PlainText.Block.Kind.PARAGRAPH);
        assertThat(blocks.get(0).text()).isEqualTo("Who is on the board");
        assertThat(blocks.get(1).items()).containsExactly("Two co-chairs", "Members", "Staff");
    }

    @Test
    void windowsLineEndingsAndNothingAtAllAreHandled() {
        assertThat(PlainText.blocks("One.\r\n\r\nTwo.")).hasSize(2);
        assertThat(PlainText.blocks(null)).isEmpty();
        assertThat(PlainText.blocks("   \n\n  ")).isEmpty();
    }

    @Test
    void markupIsKeptAsTextForTheTemplateToEscape() {
        assertThat(PlainText.blocks("<script>alert(1)</script>").get(0).text()).isEqualTo("<script>alert(1)</script>");
    }
}
