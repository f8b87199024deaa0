package org.coproduce.crash;

import java.util.List;

/**
 * The demo's Northshire, with 25 partners the crash test adds: people with lived experience, each with an email
 * address, so that each is paid, sent statements and reminded.
 */
record Northshire(long id, long groupId, long attendingRateId, List<Long> partners) {

    static final String COORDINATOR = "priya.shah@northshire.example";
    static final String FINANCE = "grace.adeyemi@northshire.example";

    static Northshire withPartners(Database db, int count) {
        long id = db.one("select id from organisation where name like 'Northshire%'");
        long group = db.one("select id from coproduction_group where organisation_id = ? and name = 'Co-production champions'", id);
        long rate = db.one("select id from pay_rate where organisation_id = ? and activity = 'ATTENDING' order by effective_from desc limit 1", id);
        List<Long> partners = db.longs("""
                insert into person (organisation_id, full_name, email)
                select ?, 'Crash Partner ' || n, 'crash.partner.' || n || '@northshire.example' from generate_series(1, ?) n
                returning id""", id, count);
        for (long partner : partners) {
            db.update("insert into person_role (person_id, organisation_id, role) values (?, ?, 'LIVED_EXPERIENCE')", partner, id);
        }
        return new Northshire(id, group, rate, partners);
    }

    /** The partners as an SQL array, for {@code = any (?)}. */
    Long[] partnerArray() {
        return partners.toArray(Long[]::new);
    }
}
