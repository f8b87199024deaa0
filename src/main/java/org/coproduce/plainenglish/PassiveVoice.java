package org.coproduce.plainenglish;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Likely passive voice: a form of "to be" followed by a past participle, as in "the decision was taken". It hides who
 * did something. Words like "involved" and "disabled" after "are" describe people rather than actions, so they are left out.
 */
final class PassiveVoice {

    private static final Set<String> TO_BE = Set.of("am", "is", "are", "was", "were", "be", "been", "being");
    private static final Set<String> IN_BETWEEN = Set.of("not", "also", "never", "always", "often", "then", "now", "still",
            "already", "all", "just", "being", "been", "usually", "currently", "fully", "jointly", "rarely");
    private static final Set<String> IRREGULAR = Set.of("begun", "bitten", "blown", "born", "borne", "bought", "brought",
            "built", "burnt", "caught", "chosen", "cut", "dealt", "done", "drawn", "driven", "eaten", "fallen", "felt",
            "fought", "found", "forgotten", "forgiven", "frozen", "given", "grown", "heard", "held", "hidden", "hit", "hurt",
            "kept", "known", "laid", "led", "left", "lent", "lost", "made", "meant", "met", "overseen", "paid", "put",
            "said", "seen", "sent", "set", "shown", "shut", "sold", "spent", "spoken", "stolen", "struck", "taken",
            "taught", "thought", "thrown", "told", "understood", "undertaken", "withdrawn", "won", "worn", "written");
    /** Participles that usually describe a state or a person, not an action done to them. */
    private static final Set<String> DESCRIBING = Set.of("interested", "involved", "concerned", "worried", "tired", "bored",
            "pleased", "excited", "married", "disabled", "supposed", "used", "scared", "satisfied", "surprised", "qualified",
            "experienced", "skilled", "based", "retired", "unemployed", "employed", "registered", "prepared", "committed",
            "determined", "delighted", "frightened", "confused", "isolated", "excluded", "related", "limited", "needed",
            "need", "seed", "speed", "feed", "hundred", "red", "bed", "shed", "sacred", "wicked", "naked", "ragged");

    private PassiveVoice() {
    }

    static List<Finding> find(String text, Sentence sentence) {
        List<Finding> findings = new ArrayList<>();
        List<Token> words = sentence.words();
        for (int i = 0; i < words.size(); i++) {
            if (!TO_BE.contains(words.get(i).normalised())) {
                continue;
            }
            int j = i + 1;
            while (j < words.size() && j - i <= 3 && inBetween(words.get(j).normalised())) {
                j++;
            }
            if (j < words.size() && isParticiple(words.get(j).normalised())) {
                Token first = words.get(i);
                Token last = words.get(j);
                findings.add(new Finding(Finding.Kind.PASSIVE_VOICE, first.start(), last.end(),
                        text.substring(first.start(), last.end()),
                        "This may be passive: it does not say who did it. Try saying who, for example \"we decided\" "
                                + "rather than \"it was decided\".",
                        null));
                i = j;
            }
        }
        return findings;
    }

    private static boolean inBetween(String word) {
        return IN_BETWEEN.contains(word) || (word.endsWith("ly") && word.length() > 4);
    }

    private static boolean isParticiple(String word) {
        if (DESCRIBING.contains(word)) {
            return false;
        }
        return IRREGULAR.contains(word) || (word.endsWith("ed") && word.length() > 4 && word.chars().allMatch(Character::isLetter));
    }
}
