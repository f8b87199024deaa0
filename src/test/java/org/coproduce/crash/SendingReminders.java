package org.coproduce.crash;

/**
 * The reminders job finds 250 reminders due: 10 sessions starting within the day, each with the 25 partners
 * coming. Whenever the app dies, once it is back and the job has run again, each person is reminded of each session
 * exactly once.
 */
final class SendingReminders implements Scenario {

    private static final int SESSIONS = 10;
    /** The job first runs a minute after the app starts, then every 2 seconds as the crash test sets it. */
    private static final long WAIT_AFTER_RESTART = 180_000;

    private final App app;
    private final Database db;
    private final Northshire northshire;
    private int batches;

    SendingReminders(App app, Database db, Northshire northshire) {
        this.app = app;
        this.db = db;
        this.northshire = northshire;
    }

    @Override
    public String name() {
        return "Sending " + SESSIONS * northshire.partners().size() + " reminders";
    }

    @Override
    public Result once(Long killAfter) throws Exception {
        String titles = "Crash test drop-in " + ++batches + ".%";
        // One statement, so that the job sees the whole batch or none of it.
        long due = db.one("""
                with s as (
                    insert into coproduction_session (organisation_id, group_id, kind, title, starts_at, ends_at)
                    select ?, ?, 'DROP_IN', 'Crash test drop-in ' || ? || '.' || n, now() + interval '3 hours' + n * interval '1 minute',
                           now() + interval '4 hours' + n * interval '1 minute'
                    from generate_series(1, ?) n
                    returning id),
                i as (
                    insert into session_invitation (organisation_id, session_id, person_id, reply)
                    select ?, s.id, p.id, 'YES' from s cross join person p where p.id = any (?)
                    returning id)
                select count(*) from i""",
                northshire.id(), northshire.groupId(), batches, SESSIONS, northshire.id(), northshire.partnerArray());
        long began = jobBegan();
        if (killAfter != null) {
            app.killAt(began + killAfter * 1_000_000);
            app.start();
        }
        String invitations = """
                select count(*) from session_invitation i join coproduction_session s on s.id = i.session_id where s.title like ?
                """;
        long reminded = db.await(due, killAfter == null ? 60_000 : WAIT_AFTER_RESTART, invitations + "and i.reminded_at is not null", titles);
        long took = (System.nanoTime() - began) / 1_000_000;

        long remindedOnce = db.one(invitations + """
                and (select count(*) from outbox_message m where m.kind = 'SESSION_REMINDER' and m.person_id = i.person_id
                        and m.subject like 'Reminder: ' || s.title || ',%') = 1""", titles);
        String reminders = "select count(*) from outbox_message where kind = 'SESSION_REMINDER' and subject like 'Reminder: ' || ?";
        long messages = db.one(reminders, titles);
        long sent = db.await(messages, 60_000, reminders + " and status = 'SENT'", titles);
        String found = "%d of %d people reminded once (%d reminders, %d sent)".formatted(remindedOnce, due, messages, sent);
        return new Result(took, found, reminded == due && remindedOnce == due && messages == due && sent == messages);
    }

    /**
     * Waits for the job to begin on the batch, and says when it began, as a {@link System#nanoTime()}: the start of the
     * first transaction of the app that writes, other than the outbox's. Nothing else in the app writes while the crash
     * test waits here.
     */
    private long jobBegan() throws InterruptedException {
        long until = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < until) {
            var ago = db.longs("""
                    select (extract(epoch from clock_timestamp() - xact_start) * 1000)::bigint from pg_stat_activity
                    where datname = current_database() and pid <> pg_backend_pid() and backend_xid is not null
                      and query not like '%outbox%'""");
            if (!ago.isEmpty()) {
                return System.nanoTime() - ago.get(0) * 1_000_000;
            }
            Thread.sleep(2);
        }
        throw new IllegalStateException("The reminders job did not begin within 2 minutes");
    }
}
