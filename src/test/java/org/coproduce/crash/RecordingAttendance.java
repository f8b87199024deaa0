package org.coproduce.crash;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coproduce.support.Visitor;
import org.jsoup.Jsoup;

/**
 * The coordinator records that 25 partners came to a session, through the session page's form. Whenever the app dies,
 * once it is back (and the form is sent again, if the attendance was not saved), each of them has one fee claim.
 */
final class RecordingAttendance implements Scenario {

    /** How long a fee claim may take to appear after a restart, for work redone in the background. */
    private static final long WAIT_FOR_CLAIMS = 20_000;

    private final App app;
    private final Database db;
    private final Northshire northshire;
    private int sessions;

    RecordingAttendance(App app, Database db, Northshire northshire) {
        this.app = app;
        this.db = db;
        this.northshire = northshire;
    }

    @Override
    public String name() {
        return "Recording that " + northshire.partners().size() + " partners came";
    }

    @Override
    public Result once(Long killAfter) throws Exception {
        long session = db.one("""
                insert into coproduction_session (organisation_id, group_id, kind, title, starts_at, ends_at)
                values (?, ?, 'WORKSHOP', ?, now() - interval '3 hours', now() - interval '1 hour') returning id""",
                northshire.id(), northshire.groupId(), "Crash test workshop " + ++sessions);
        db.update("""
                insert into session_invitation (organisation_id, session_id, person_id, reply)
                select ?, ?, p.id, 'YES' from person p where p.id = any (?)""", northshire.id(), session, northshire.partnerArray());

        Visitor coordinator = app.signIn(Northshire.COORDINATOR);
        List<Map.Entry<String, String>> form = form(coordinator, session);
        long took = app.act(() -> coordinator.post("/sessions/" + session + "/attendance", form), killAfter);
        boolean again = db.one("select count(*) from coproduction_session where id = ? and attendance_recorded_at is null", session) == 1;
        if (again) {
            Visitor afterRestart = app.signIn(Northshire.COORDINATOR);
            afterRestart.post("/sessions/" + session + "/attendance", form(afterRestart, session));
        }

        long came = db.one("select count(*) from session_attendance where session_id = ? and person_id = any (?)", session, northshire.partnerArray());
        String withOneClaim = """
                select count(*) from session_attendance a where a.session_id = ? and a.person_id = any (?)
                  and (select count(*) from fee_claim c where c.session_id = a.session_id and c.person_id = a.person_id and c.status = 'DRAFT') = 1""";
        long claimed = db.await(came, WAIT_FOR_CLAIMS, withOneClaim, session, northshire.partnerArray());
        String found = "%d of %d partners recorded as coming; %d with one fee claim%s"
                .formatted(came, northshire.partners().size(), claimed, again ? "; form sent again" : "");
        return new Result(took, found, came == northshire.partners().size() && claimed == came);
    }

    /** The attendance form with every partner ticked, as the coordinator sends it. */
    private List<Map.Entry<String, String>> form(Visitor coordinator, long session) {
        var page = Jsoup.parse(coordinator.get("/sessions/" + session).body());
        var form = page.selectFirst("form[action$=/attendance]");
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry("_csrf", form.selectFirst("input[name=_csrf]").val()));
        for (var box : form.select("input[name=present]")) {
            if (northshire.partners().contains(Long.valueOf(box.val()))) {
                fields.add(Map.entry("present", box.val()));
            }
        }
        return fields;
    }
}
