package org.coproduce.personaldata;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counting and deleting the rows of a table that are about one person in one organisation, for the parts of
 * erasure. Table and column names are the code's own, never typed by anyone.
 */
public final class PersonRows {

    private final JdbcClient jdbc;
    private final long organisationId;
    private final long personId;

    public PersonRows(JdbcClient jdbc, long organisationId, long personId) {
        this.jdbc = jdbc;
        this.organisationId = organisationId;
        this.personId = personId;
    }

    public int count(String table, String personColumn) {
        return jdbc.sql("select count(*) from " + table + " where organisation_id = :organisationId and " + personColumn + " = :personId")
                .param("organisationId", organisationId).param("personId", personId).query(Integer.class).single();
    }

    public int delete(String table, String personColumn) {
        return jdbc.sql("delete from " + table + " where organisation_id = :organisationId and " + personColumn + " = :personId")
                .param("organisationId", organisationId).param("personId", personId).update();
    }

    /** Runs a statement with :organisationId and :personId bound, for what is more than a count or a delete. */
    public int update(String sql) {
        return jdbc.sql(sql).param("organisationId", organisationId).param("personId", personId).update();
    }

    public int countWhere(String sql) {
        return jdbc.sql(sql).param("organisationId", organisationId).param("personId", personId).query(Integer.class).single();
    }
}
