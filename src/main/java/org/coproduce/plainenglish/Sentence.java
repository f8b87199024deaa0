package org.coproduce.plainenglish;

import java.util.List;

/** A sentence, a heading or a bullet point: whatever a reader takes in as one unit. */
record Sentence(int start, int end, List<Token> tokens) {

    List<Token> words() {
        return tokens.stream().filter(Token::countsAsWord).toList();
    }
}
