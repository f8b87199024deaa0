package org.coproduce.privacy;

import java.util.List;

/**
 * One thing Coproduce does with people's information, in the words of the privacy notice and of the records of
 * processing (UK GDPR article 30).
 *
 * @param name            a heading, such as "Paying people for their time"
 * @param why             why we keep it, said to the person as "you"
 * @param people          whose information it is
 * @param data            the kinds of information, one a line
 * @param specialCategory what of it is special category data (health, disability, ethnicity, religion, sexuality), or
 *                        treated as such, in words; null when none is
 * @param article6        the lawful basis, UK GDPR article 6, with what it means here
 * @param article9        for special category data, the article 9 condition and any Data Protection Act 2018 condition;
 *                        null when there is none
 * @param whoCanSee       who can see it, from the rules in the code
 * @param keptFor         how long it is kept, from the settings and jobs that delete it
 * @param sharedWith      who outside the organisation gets it; empty for nobody
 * @param modules         the parts of Coproduce that hold it, by package name, such as "payments"
 */
public record ProcessingActivity(String name, String why, List<String> people, List<String> data, String specialCategory,
        String article6, String article9, List<String> whoCanSee, List<String> keptFor, List<String> sharedWith,
        List<String> modules) {

    public ProcessingActivity {
        people = List.copyOf(people);
        data = List.copyOf(data);
        whoCanSee = List.copyOf(whoCanSee);
        keptFor = List.copyOf(keptFor);
        sharedWith = List.copyOf(sharedWith);
        modules = List.copyOf(modules);
    }

    public boolean special() {
        return specialCategory != null;
    }

    /** An anchor for links within the page, such as "paying-people-for-their-time". */
    public String anchor() {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
