package org.coproduce.crash;

import java.time.LocalDate;
import java.time.ZoneId;
import org.coproduce.support.Visitor;

/**
 * Finance marks a payment run of 500 approved claims paid. Whenever the app dies, marking it paid again (if it is
 * not) pays each claim once, and each person gets exactly one statement for the run.
 */
final class MarkingRunPaid implements Scenario {

    private static final int SESSIONS = 20;

    private final App app;
    private final Database db;
    private final Northshire northshire;

    MarkingRunPaid(App app, Database db, Northshire northshire) {
        this.app = app;
        this.db = db;
        this.northshire = northshire;
    }

    @Override
    public String name() {
        return "Marking a run of " + SESSIONS * northshire.partners().size() + " claims paid";
    }

    @Override
    public Result once(Long killAfter) throws Exception {
        long lastMessage = db.one("select coalesce(max(id), 0) from outbox_message");
        approveClaims();
        Visitor finance = app.signIn(Northshire.FINANCE);
        finance.get("/payments/runs");
        long run = Long.parseLong(finance.post("/payments/runs").location().replaceAll(".*/", ""));
        finance.get("/payments/runs/" + run);
        long took = app.act(() -> markPaid(finance, run), killAfter);
        boolean again = db.one("select count(*) from payment_run where id = ? and paid_at is null", run) == 1;
        if (again) {
            Visitor afterRestart = app.signIn(Northshire.FINANCE);
            afterRestart.get("/payments/runs/" + run);
            markPaid(afterRestart, run);
        }

        String items = """
                with item as (
                    select c.person_id, (select count(*) from ledger_entry l where l.claim_id = c.id and l.kind in ('FEE', 'VOUCHER')) as payments
                    from payment_run_claim rc join fee_claim c on c.id = rc.claim_id where rc.run_id = ?
                    union all
                    select e.person_id, (select count(*) from ledger_entry l where l.expense_id = e.id and l.kind = 'EXPENSE')
                    from payment_run_expense re join expense_claim e on e.id = re.expense_id where re.run_id = ?)
                """;
        long claims = db.one(items + "select count(*) from item", run, run);
        long paidOnce = db.one(items + "select count(*) from item where payments = 1", run, run);
        String people = items + """
                , paid as (select distinct i.person_id from item i join person p on p.id = i.person_id where p.email is not null)
                """;
        long payees = db.one(people + "select count(*) from paid", run, run);
        long oneStatement = db.one(people + """
                select count(*) from paid where (select count(*) from outbox_message m
                    where m.person_id = paid.person_id and m.kind = 'PAYMENT_STATEMENT' and m.id > ?) = 1""", run, run, lastMessage);
        long statements = db.one("select count(*) from outbox_message where kind = 'PAYMENT_STATEMENT' and id > ?", lastMessage);
        long sent = db.await(statements, 30_000, "select count(*) from outbox_message where kind = 'PAYMENT_STATEMENT' and id > ? and status = 'SENT'",
                lastMessage);

        String found = "%d of %d claims paid once; %d of %d people sent one statement (%d statements, %d sent)%s"
                .formatted(paidOnce, claims, oneStatement, payees, statements, sent, again ? "; marked paid again" : "");
        return new Result(took, found, paidOnce == claims && oneStatement == payees && statements == payees && sent == statements);
    }

    private void approveClaims() {
        db.update("""
                with s as (
                    insert into coproduction_session (organisation_id, group_id, kind, title, starts_at, ends_at)
                    select ?, ?, 'MEETING', 'Crash test meeting ' || n, now() - n * interval '1 day', now() - n * interval '1 day' + interval '1 hour'
                    from generate_series(1, ?) n
                    returning id, ends_at)
                insert into fee_claim (organisation_id, session_id, person_id, activity, session_minutes, preparation_minutes, rate_id,
                                       amount_pence, choice, status, session_ended_at)
                select ?, s.id, p.id, 'ATTENDING', 60, 60, ?, 5000, 'PAY', 'APPROVED', s.ends_at
                from s cross join person p where p.id = any (?)""",
                northshire.id(), northshire.groupId(), SESSIONS, northshire.id(), northshire.attendingRateId(), northshire.partnerArray());
    }

    private static void markPaid(Visitor finance, long run) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        finance.post("/payments/runs/" + run + "/paid", "paidOnDay", String.valueOf(today.getDayOfMonth()),
                "paidOnMonth", String.valueOf(today.getMonthValue()), "paidOnYear", String.valueOf(today.getYear()));
    }
}
