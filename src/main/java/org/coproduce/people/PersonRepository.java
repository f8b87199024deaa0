package org.coproduce.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * People and their non-sensitive details. Every query names the organisation. Writes that replace a person's list of
 * roles or skills run in one transaction, so a failure half way leaves the old list.
 */
@Repository
@Transactional
class PersonRepository {

    private static final String SELECT = """
            select p.id, p.full_name, p.known_as, p.pronouns, p.preferred_terms, p.terms_to_avoid, p.email, p.phone,
                   p.postal_address, p.contact_preference, p.contact_notes, p.interests, p.created_at, p.archived_at,
                   (select string_agg(r.role, ',') from person_role r where r.person_id = p.id) as roles,
                   (select string_agg(s.skill, E'\\n' order by lower(s.skill)) from person_skill s where s.person_id = p.id) as skills
            from person p
            """;

    /** The search filters; a null parameter means that filter is off. */
    private static final String MATCHING = """
            where p.organisation_id = :organisationId
              and (:includeArchived or p.archived_at is null)
              and (cast(:name as text) is null or p.full_name ilike :name or p.known_as ilike :name)
              and (cast(:role as text) is null
                   or exists (select 1 from person_role r where r.person_id = p.id and r.role = :role))
              and (cast(:skill as text) is null
                   or exists (select 1 from person_skill s where s.person_id = p.id and s.skill ilike :skill))
              and (cast(:need as text) is null
                   or exists (select 1 from person_access_need n where n.person_id = p.id and n.need = :need))
            """;

    private final JdbcClient jdbc;

    PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long organisationId, PersonDetails details) {
        long id = jdbc.sql("""
                        insert into person (organisation_id, full_name, known_as, pronouns, preferred_terms, terms_to_avoid,
                                            email, phone, postal_address, contact_preference, contact_notes, interests)
                        values (:organisationId, :fullName, :knownAs, :pronouns, :preferredTerms, :termsToAvoid,
                                :email, :phone, :postalAddress, :contactPreference, :contactNotes, :interests)
                        returning id""")
                .param("organisationId", organisationId)
                .param("fullName", details.fullName())
                .param("knownAs", details.knownAs())
                .param("pronouns", details.pronouns())
                .param("preferredTerms", details.preferredTerms())
                .param("termsToAvoid", details.termsToAvoid())
                .param("email", details.email())
                .param("phone", details.phone())
                .param("postalAddress", details.postalAddress())
                .param("contactPreference", name(details.contactPreference()))
                .param("contactNotes", details.contactNotes())
                .param("interests", details.interests())
                .query(Long.class).single();
        replaceRoles(organisationId, id, details.roles());
        replaceSkills(organisationId, id, details.skills());
        return id;
    }

    Optional<Person> find(long organisationId, long id) {
        return jdbc.sql(SELECT + " where p.organisation_id = :organisationId and p.id = :id")
                .param("organisationId", organisationId)
                .param("id", id)
                .query(PersonRepository::map).optional();
    }

    List<Person> search(long organisationId, PeopleSearch search) {
        return bind(jdbc.sql(SELECT + MATCHING + " order by lower(p.full_name), p.id limit :limit offset :offset"),
                organisationId, search)
                .param("limit", PeopleSearch.PAGE_SIZE)
                .param("offset", search.offset())
                .query(PersonRepository::map).list();
    }

    int count(long organisationId, PeopleSearch search) {
        return bind(jdbc.sql("select count(*) from person p " + MATCHING), organisationId, search)
                .query(Integer.class).single();
    }

    List<Person> all(long organisationId) {
        return jdbc.sql(SELECT + " where p.organisation_id = :organisationId order by lower(p.full_name), p.id")
                .param("organisationId", organisationId)
                .query(PersonRepository::map).list();
    }

    /** People not erased, by id, with "(archived)" after those archived, in the order to list them. */
    Map<Long, String> namesNotErased(long organisationId) {
        Map<Long, String> names = new LinkedHashMap<>();
        jdbc.sql("""
                        select id, full_name || case when archived_at is null then '' else ' (archived)' end as name
                          from person where organisation_id = :organisationId and erased_at is null
                         order by lower(full_name), id""")
                .param("organisationId", organisationId)
                .query((row, n) -> names.put(row.getLong("id"), row.getString("name"))).list();
        return names;
    }

    Optional<String> nameIfNotErased(long organisationId, long id) {
        return jdbc.sql("select full_name from person where organisation_id = :organisationId and id = :id and erased_at is null")
                .param("organisationId", organisationId).param("id", id).query(String.class).optional();
    }

    List<String> termsToAvoid(long organisationId) {
        return jdbc.sql("""
                        select terms_to_avoid from person
                        where organisation_id = :organisationId and terms_to_avoid is not null and archived_at is null""")
                .param("organisationId", organisationId)
                .query(String.class).list();
    }

    /** The email addresses already in the register, in lower case, to spot duplicates in an import. */
    Set<String> emails(long organisationId) {
        return Set.copyOf(jdbc.sql("select distinct lower(email) from person where organisation_id = :organisationId and email is not null")
                .param("organisationId", organisationId)
                .query(String.class).list());
    }

    void updateAbout(long organisationId, long id, String fullName, String knownAs, String pronouns,
            String preferredTerms, String termsToAvoid) {
        jdbc.sql("""
                        update person set full_name = :fullName, known_as = :knownAs, pronouns = :pronouns,
                                          preferred_terms = :preferredTerms, terms_to_avoid = :termsToAvoid, updated_at = now()
                        where organisation_id = :organisationId and id = :id""")
                .param("fullName", fullName)
                .param("knownAs", knownAs)
                .param("pronouns", pronouns)
                .param("preferredTerms", preferredTerms)
                .param("termsToAvoid", termsToAvoid)
                .param("organisationId", organisationId)
                .param("id", id)
                .update();
    }

    void updateContact(long organisationId, long id, String email, String phone, String postalAddress,
            ContactPreference preference, String notes) {
        jdbc.sql("""
                        update person set email = :email, phone = :phone, postal_address = :postalAddress,
                                          contact_preference = :preference, contact_notes = :notes, updated_at = now()
                        where organisation_id = :organisationId and id = :id""")
                .param("email", email)
                .param("phone", phone)
                .param("postalAddress", postalAddress)
                .param("preference", name(preference))
                .param("notes", notes)
                .param("organisationId", organisationId)
                .param("id", id)
                .update();
    }

    void updateRolesSkillsInterests(long organisationId, long id, Set<InvolvementRole> roles, List<String> skills,
            String interests) {
        jdbc.sql("update person set interests = :interests, updated_at = now() where organisation_id = :organisationId and id = :id")
                .param("interests", interests)
                .param("organisationId", organisationId)
                .param("id", id)
                .update();
        replaceRoles(organisationId, id, roles);
        replaceSkills(organisationId, id, skills);
    }

    void setArchived(long organisationId, long id, boolean archived) {
        jdbc.sql("""
                        update person set archived_at = case when :archived then now() end, updated_at = now()
                        where organisation_id = :organisationId and id = :id""")
                .param("archived", archived)
                .param("organisationId", organisationId)
                .param("id", id)
                .update();
    }

    private void replaceRoles(long organisationId, long id, Collection<InvolvementRole> roles) {
        jdbc.sql("delete from person_role where organisation_id = :organisationId and person_id = :id")
                .param("organisationId", organisationId).param("id", id).update();
        for (InvolvementRole role : roles) {
            jdbc.sql("insert into person_role (person_id, organisation_id, role) values (:id, :organisationId, :role) on conflict do nothing")
                    .param("id", id).param("organisationId", organisationId).param("role", role.name()).update();
        }
    }

    private void replaceSkills(long organisationId, long id, Collection<String> skills) {
        jdbc.sql("delete from person_skill where organisation_id = :organisationId and person_id = :id")
                .param("organisationId", organisationId).param("id", id).update();
        for (String skill : skills.stream().distinct().toList()) {
            jdbc.sql("insert into person_skill (person_id, organisation_id, skill) values (:id, :organisationId, :skill) on conflict do nothing")
                    .param("id", id).param("organisationId", organisationId).param("skill", skill).update();
        }
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, long organisationId, PeopleSearch search) {
        return statement
                .param("organisationId", organisationId)
                .param("includeArchived", search.includeArchived())
                .param("name", contains(search.name()))
                .param("role", name(search.role()))
                .param("skill", contains(search.skill()))
                .param("need", name(search.need()));
    }

    /** An ilike pattern for text that contains the given words, with % and _ taken literally. */
    private static String contains(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Person map(ResultSet rs, int row) throws SQLException {
        String preference = rs.getString("contact_preference");
        String skills = rs.getString("skills");
        return new Person(
                rs.getLong("id"),
                rs.getString("full_name"),
                rs.getString("known_as"),
                rs.getString("pronouns"),
                rs.getString("preferred_terms"),
                rs.getString("terms_to_avoid"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("postal_address"),
                preference == null ? null : ContactPreference.valueOf(preference),
                rs.getString("contact_notes"),
                EnumSets.parse(InvolvementRole.class, rs.getString("roles")),
                skills == null ? List.of() : Arrays.asList(skills.split("\n")),
                rs.getString("interests"),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("archived_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
