package org.coproduce.privacy;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each organisation's retention settings, with the defaults where it has not chosen. */
@Repository
class RetentionSettings {

    private final JdbcClient jdbc;

    RetentionSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Months to keep each kind; null for a kind kept until erased. */
    Map<RetentionKind, Integer> of(long organisationId) {
        Map<RetentionKind, Integer> months = defaults();
        jdbc.sql("select kind, keep_months from retention_setting where organisation_id = :organisationId")
                .param("organisationId", organisationId)
                .query((row, n) -> {
                    months.put(RetentionKind.valueOf(row.getString("kind")), row.getObject("keep_months", Integer.class));
                    return null;
                }).list();
        return months;
    }

    /** In words, for a reader: the organisation's own settings, or the defaults when there is no organisation. */
    java.util.List<RetentionLine> inWords(Long organisationId) {
        Map<RetentionKind, Integer> months = organisationId == null ? defaults() : of(organisationId);
        return months.entrySet().stream().map(e -> new RetentionLine(e.getKey(), e.getValue() == null
                ? "Until someone asks to be erased" : Retention.months(e.getValue()))).toList();
    }

    private static Map<RetentionKind, Integer> defaults() {
        Map<RetentionKind, Integer> months = new EnumMap<>(RetentionKind.class);
        for (RetentionKind kind : RetentionKind.values()) {
            months.put(kind, kind.defaultMonths());
        }
        return months;
    }

    void save(long organisationId, RetentionKind kind, Integer months) {
        jdbc.sql("""
                        insert into retention_setting (organisation_id, kind, keep_months) values (:organisationId, :kind, :months)
                        on conflict (organisation_id, kind) do update set keep_months = excluded.keep_months
                        """)
                .param("organisationId", organisationId).param("kind", kind.name()).param("months", months).update();
    }
}
