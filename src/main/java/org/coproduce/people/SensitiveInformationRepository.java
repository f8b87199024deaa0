package org.coproduce.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Special category data: access needs and formats (health), equality monitoring and benefits.
 * Kept apart from the rest of the register so that reading it is always a deliberate step, taken after a permission check.
 */
@Repository
@Transactional
class SensitiveInformationRepository {

    private final JdbcClient jdbc;

    SensitiveInformationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    AccessAndCommunication accessAndCommunication(long organisationId, long personId) {
        String needs = jdbc.sql("""
                        select string_agg(need, ',') from person_access_need
                        where organisation_id = :organisationId and person_id = :personId""")
                .param("organisationId", organisationId).param("personId", personId)
                .query(String.class).optional().orElse(null);
        String formats = jdbc.sql("""
                        select string_agg(format, ',') from person_format
                        where organisation_id = :organisationId and person_id = :personId""")
                .param("organisationId", organisationId).param("personId", personId)
                .query(String.class).optional().orElse(null);
        String other = jdbc.sql("select access_needs_other from person where organisation_id = :organisationId and id = :personId")
                .param("organisationId", organisationId).param("personId", personId)
                .query(String.class).optional().orElse(null);
        return new AccessAndCommunication(EnumSets.parse(AccessNeed.class, needs), other,
                EnumSets.parse(CommunicationFormat.class, formats));
    }

    /** Everyone's access needs and formats at once, by person, for the export. */
    Map<Long, AccessAndCommunication> accessAndCommunicationOfEveryone(long organisationId) {
        Map<Long, AccessAndCommunication> byPerson = new HashMap<>();
        jdbc.sql("""
                        select p.id, p.access_needs_other,
                               (select string_agg(n.need, ',') from person_access_need n where n.person_id = p.id) as needs,
                               (select string_agg(f.format, ',') from person_format f where f.person_id = p.id) as formats
                        from person p
                        where p.organisation_id = :organisationId""")
                .param("organisationId", organisationId)
                .query(rs -> {
                    byPerson.put(rs.getLong("id"), new AccessAndCommunication(
                            EnumSets.parse(AccessNeed.class, rs.getString("needs")),
                            rs.getString("access_needs_other"),
                            EnumSets.parse(CommunicationFormat.class, rs.getString("formats"))));
                });
        return byPerson;
    }

    void saveAccessAndCommunication(long organisationId, long personId, AccessAndCommunication access) {
        jdbc.sql("update person set access_needs_other = :other, updated_at = now() where organisation_id = :organisationId and id = :personId")
                .param("other", access.otherNeeds()).param("organisationId", organisationId).param("personId", personId)
                .update();
        replace("person_access_need", "need", organisationId, personId, access.needs());
        replace("person_format", "format", organisationId, personId, access.formats());
    }

    Equality equality(long organisationId, long personId) {
        return jdbc.sql("""
                        select age_band, disability, ethnicity, gender, gender_description, sexual_orientation, religion,
                               learning_disability
                        from person_equality where organisation_id = :organisationId and person_id = :personId""")
                .param("organisationId", organisationId).param("personId", personId)
                .query((rs, row) -> new Equality(
                        value(Equality.AgeBand.class, rs.getString("age_band")),
                        value(Equality.DisabilityAnswer.class, rs.getString("disability")),
                        value(Equality.Ethnicity.class, rs.getString("ethnicity")),
                        value(Equality.Gender.class, rs.getString("gender")),
                        rs.getString("gender_description"),
                        value(Equality.SexualOrientation.class, rs.getString("sexual_orientation")),
                        value(Equality.Religion.class, rs.getString("religion")),
                        value(Equality.LearningDisability.class, rs.getString("learning_disability"))))
                .optional().orElse(Equality.NOT_ANSWERED);
    }

    void saveEquality(long organisationId, long personId, Equality equality) {
        jdbc.sql("""
                        insert into person_equality (person_id, organisation_id, age_band, disability, ethnicity, gender,
                                                     gender_description, sexual_orientation, religion, learning_disability)
                        values (:personId, :organisationId, :ageBand, :disability, :ethnicity, :gender,
                                :genderDescription, :sexualOrientation, :religion, :learningDisability)
                        on conflict (person_id) do update set
                            age_band = excluded.age_band, disability = excluded.disability, ethnicity = excluded.ethnicity,
                            gender = excluded.gender, gender_description = excluded.gender_description,
                            sexual_orientation = excluded.sexual_orientation, religion = excluded.religion,
                            learning_disability = excluded.learning_disability, updated_at = now()""")
                .param("personId", personId)
                .param("organisationId", organisationId)
                .param("ageBand", name(equality.ageBand()))
                .param("disability", name(equality.disability()))
                .param("ethnicity", name(equality.ethnicity()))
                .param("gender", name(equality.gender()))
                .param("genderDescription", equality.gender() == Equality.Gender.SELF_DESCRIBED ? equality.genderDescription() : null)
                .param("sexualOrientation", name(equality.sexualOrientation()))
                .param("religion", name(equality.religion()))
                .param("learningDisability", name(equality.learningDisability()))
                .update();
    }

    Benefits benefits(long organisationId, long personId) {
        String kinds = jdbc.sql("""
                        select string_agg(benefit, ',') from person_benefit
                        where organisation_id = :organisationId and person_id = :personId""")
                .param("organisationId", organisationId).param("personId", personId)
                .query(String.class).optional().orElse(null);
        Set<Benefits.Benefit> benefits = EnumSets.parse(Benefits.Benefit.class, kinds);
        return jdbc.sql("""
                        select status, advice_wanted, note from person_benefits
                        where organisation_id = :organisationId and person_id = :personId""")
                .param("organisationId", organisationId).param("personId", personId)
                .query((rs, row) -> new Benefits(Benefits.BenefitsStatus.valueOf(rs.getString("status")), benefits,
                        rs.getBoolean("advice_wanted"), rs.getString("note")))
                .optional().orElse(Benefits.NOT_ANSWERED);
    }

    void saveBenefits(long organisationId, long personId, Benefits benefits) {
        jdbc.sql("""
                        insert into person_benefits (person_id, organisation_id, status, advice_wanted, note)
                        values (:personId, :organisationId, :status, :adviceWanted, :note)
                        on conflict (person_id) do update set
                            status = excluded.status, advice_wanted = excluded.advice_wanted, note = excluded.note, updated_at = now()""")
                .param("personId", personId)
                .param("organisationId", organisationId)
                .param("status", benefits.status().name())
                .param("adviceWanted", benefits.adviceWanted())
                .param("note", benefits.note())
                .update();
        Set<Benefits.Benefit> kept = benefits.status() == Benefits.BenefitsStatus.YES ? benefits.benefits() : Set.of();
        replace("person_benefit", "benefit", organisationId, personId, kept);
    }

    /** Replaces a person's rows in a table of (person_id, organisation_id, column). Table and column names are ours, never input. */
    private void replace(String table, String column, long organisationId, long personId, Collection<? extends Enum<?>> values) {
        jdbc.sql("delete from " + table + " where organisation_id = :organisationId and person_id = :personId")
                .param("organisationId", organisationId).param("personId", personId)
                .update();
        for (Enum<?> value : values) {
            jdbc.sql("insert into " + table + " (person_id, organisation_id, " + column + ") values (:personId, :organisationId, :value)"
                            + " on conflict do nothing")
                    .param("personId", personId).param("organisationId", organisationId).param("value", value.name())
                    .update();
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
