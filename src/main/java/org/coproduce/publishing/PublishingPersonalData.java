package org.coproduce.publishing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coproduce.people.ConsentPurpose;
import org.coproduce.people.Register;
import org.coproduce.personaldata.PersonalData;
import org.coproduce.web.Dates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The public pages' part of someone's copy: their who's who entry and photo, and the public pages they published or
 * were last to work on, as each version keeps who published it.
 */
@Component
class PublishingPersonalData implements PersonalData {

    private final WhosWhoRepository whosWho;
    private final Register register;
    private final JdbcClient jdbc;

    PublishingPersonalData(WhosWhoRepository whosWho, Register register, JdbcClient jdbc) {
        this.whosWho = whosWho;
        this.register = register;
        this.jdbc = jdbc;
    }

    @Override
    public Part about(long organisationId, long personId) {
        Optional<WhosWhoEntry> entry = whosWho.find(organisationId, personId);
        Map<String, String> facts = new LinkedHashMap<>();
        List<Attachment> photo = List.of();
        if (entry.isPresent()) {
            WhosWhoEntry theirs = entry.get();
            facts.put("Name shown", theirs.shownName());
            facts.put("What you do", theirs.roleTitle());
            facts.put("Your words", theirs.words());
            facts.put("Photo", !theirs.hasPhoto() ? "None" : theirs.showPhoto() ? "Shown on the page" : "Kept, not shown");
            facts.put("On the public page now", register.hasConsented(organisationId, personId, ConsentPurpose.NAME_SHOWN)
                    ? "Yes" : "No, because you have not agreed to your name being shown");
            facts.put("Last changed", Dates.dateTime(theirs.updatedAt()));
            photo = whosWho.photo(organisationId, personId)
                    .map(bytes -> List.of(new Attachment("Who's who photo" + (theirs.photoType().equals("image/png") ? ".png" : ".jpg"),
                            theirs.photoType(), bytes)))
                    .orElse(List.of());
        }
        return new Part("Who's who and our public pages",
                "Your entry on our public who's who page, in your own words, and your photo. It shows on the page only while "
                        + "you agree to your name being shown, and the photo only if you choose to show it. We also keep who "
                        + "published each version of a public page, and who last saved a draft of one.",
                List.of(Table.facts("Your who's who entry", facts), published(organisationId, personId), drafts(organisationId, personId)),
                photo);
    }

    private Table published(long organisationId, long personId) {
        List<List<String>> rows = jdbc.sql("""
                        select v.title, v.version, v.published_at
                          from public_page_version v
                         where v.organisation_id = :organisationId and v.published_by = :personId
                         order by v.published_at desc, v.page_id, v.version""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query((rs, n) -> List.of(rs.getString("title"), String.valueOf(rs.getInt("version")),
                        Dates.dateTime(rs.getTimestamp("published_at").toInstant())))
                .list();
        return new Table("Public pages you published", List.of("Page", "Version", "Published"), rows);
    }

    private Table drafts(long organisationId, long personId) {
        List<List<String>> rows = jdbc.sql("""
                        select d.title, d.saved_at
                          from public_page_draft d
                         where d.organisation_id = :organisationId and d.saved_by = :personId
                         order by d.saved_at desc""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query((rs, n) -> List.of(rs.getString("title"), Dates.dateTime(rs.getTimestamp("saved_at").toInstant())))
                .list();
        return new Table("Drafts of public pages you saved last", List.of("Page", "Saved"), rows);
    }
}
