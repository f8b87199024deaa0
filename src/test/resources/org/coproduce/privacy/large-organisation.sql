-- A large organisation for SubjectAccessBenchmark, added beside the demo: 2,000 people in 20 groups and 5,000 meetings
-- over fourteen years, each with 40 people who came (200,000 invitations, attendances, fee claims and ledger entries),
-- and Robin Marsh, who came to 500 of them and spoke, said, decided, claimed and was paid at each.
-- Run on one connection: the temporary tables number the rows so that the inserts can pair them.
insert into organisation (slug, name, contact_email) values ('large', 'Large Partnership', 'hello@large.example');
create temporary table bench_org as select id from organisation where slug = 'large';

insert into person (organisation_id, full_name, email, created_at)
select o.id, case when n = 1 then 'Robin Marsh' else 'Person ' || n end,
       case when n = 1 then 'robin.marsh@large.example' else 'person' || n || '@large.example' end, now() - interval '15 years'
  from bench_org o cross join generate_series(1, 2000) n;
create temporary table bench_person as
select id, row_number() over (order by id)::int as k from person where organisation_id = (select id from bench_org);
create temporary table bench_robin as select id from bench_person where k = 1;
create temporary table bench_coordinator as select id from bench_person where k = 2;
insert into person_access_need (person_id, organisation_id, need)
select r.id, o.id, 'HEARING_LOOP' from bench_robin r cross join bench_org o;
insert into payment_preference (organisation_id, person_id, choice, recorded_by_person_id)
select o.id, r.id, 'PAY', r.id from bench_org o cross join bench_robin r;

insert into coproduction_group (organisation_id, kind, name, purpose, meets)
select o.id, 'WORKING_GROUP', 'Working group ' || n, 'Work on one part of the service together', 'MONTHLY'
  from bench_org o cross join generate_series(1, 20) n;
create temporary table bench_group as
select id, row_number() over (order by id)::int as k from coproduction_group where organisation_id = (select id from bench_org);
insert into group_member (organisation_id, group_id, person_id, role, joined_on)
select o.id, g.id, p.id, 'MEMBER', date '2012-01-01'
  from bench_org o cross join bench_person p join bench_group g on g.k = 1 + (p.k - 1) % 20;
insert into group_member (organisation_id, group_id, person_id, role, joined_on, left_on)
select o.id, g.id, r.id, 'CO_CHAIR', date '2013-01-01', date '2016-01-01'
  from bench_org o cross join bench_robin r join bench_group g on g.k between 2 and 10;

-- Meeting n was n days ago, for group 1 + n % 20.
insert into coproduction_session (organisation_id, group_id, kind, title, starts_at, ends_at, attendance_recorded_at, closed_at)
select o.id, g.id, 'MEETING', 'Meeting ' || n, now() - n * interval '1 day', now() - n * interval '1 day' + interval '2 hours',
       now() - n * interval '1 day' + interval '3 hours', now() - n * interval '1 day' + interval '1 day'
  from bench_org o cross join generate_series(1, 5000) n join bench_group g on g.k = 1 + n % 20;
create temporary table bench_session as
select id, ends_at, row_number() over (order by id)::int as k from coproduction_session where organisation_id = (select id from bench_org);
insert into agenda_item (organisation_id, session_id, position, kind, title, minutes)
select o.id, s.id, i, 'DISCUSSION', 'Item ' || i, 30 from bench_org o cross join bench_session s cross join generate_series(1, 3) i;

-- Who came: 40 others at each meeting, and Robin at every tenth (j = -1).
create temporary table bench_came as
select s.id as session_id, s.k as sk, s.ends_at, p.id as person_id, j
  from bench_session s cross join generate_series(0, 39) j join bench_person p on p.k = 2 + (s.k * 7 + j) % 1999
union all
select s.id, s.k, s.ends_at, r.id, -1 from bench_session s cross join bench_robin r where s.k % 10 = 0;

insert into session_invitation (organisation_id, session_id, person_id, invited_at, reply, replied_at, consent_to_record)
select o.id, c.session_id, c.person_id, c.ends_at - interval '14 days', 'YES', c.ends_at - interval '10 days', 'YES'
  from bench_org o cross join bench_came c;
insert into session_attendance (session_id, person_id, organisation_id, recorded_by_person_id, recorded_at)
select c.session_id, c.person_id, o.id, b.id, c.ends_at from bench_org o cross join bench_came c cross join bench_coordinator b;
insert into access_arrangement (session_id, organisation_id, need, arranged_by_person_id, note)
select c.session_id, o.id, 'HEARING_LOOP', b.id, 'The loop in the main hall is on'
  from bench_org o cross join bench_came c cross join bench_coordinator b where c.j = -1;
insert into contribution (agenda_item_id, person_id, organisation_id, session_id, recorded_at)
select a.id, c.person_id, o.id, c.session_id, c.ends_at
  from bench_org o cross join bench_came c join agenda_item a on a.session_id = c.session_id and a.position = 1 + (c.j + 3) % 3
 where c.j < 4;
insert into insight (organisation_id, session_id, said_by_person_id, text, own_words, recorded_by_person_id, recorded_at)
select o.id, c.session_id, c.person_id, 'We need the papers a week before, in easy read, and a break every hour.', true, b.id, c.ends_at
  from bench_org o cross join bench_came c cross join bench_coordinator b where c.j < 4;
insert into session_decision (organisation_id, session_id, text, recorded_by_person_id, rung, recorded_at)
select o.id, s.id, 'We agreed to move the meeting to the library, which has step-free access.', b.id, 'CO_PRODUCTION', s.ends_at
  from bench_org o cross join bench_session s cross join bench_coordinator b;
insert into decision_participant (decision_id, person_id, organisation_id)
select d.id, c.person_id, o.id from bench_org o cross join bench_came c join session_decision d on d.session_id = c.session_id
 where c.j < 10;
insert into session_action (organisation_id, session_id, what, owner_person_id, due_on, done_at, done_note)
select o.id, c.session_id, 'Ask the library about the hearing loop', c.person_id, (c.ends_at + interval '14 days')::date,
       c.ends_at + interval '10 days', 'They have one, and it works'
  from bench_org o cross join bench_came c where c.j = 0 or (c.j = -1 and c.sk % 50 = 0);
insert into follow_up (organisation_id, session_id, person_id, text, written_by_person_id, sent_at)
select o.id, s.id, null, 'Thank you for coming. Because of what you said, the next meeting is at the library.', b.id,
       s.ends_at + interval '3 days'
  from bench_org o cross join bench_session s cross join bench_coordinator b;
insert into follow_up (organisation_id, session_id, person_id, text, written_by_person_id, sent_at)
select o.id, c.session_id, c.person_id, 'Your idea about papers in easy read is now how every group works.', b.id,
       c.ends_at + interval '3 days'
  from bench_org o cross join bench_came c cross join bench_coordinator b where c.j = -1 and c.sk % 20 = 0;

-- Everyone was paid for every meeting, in one of 60 payment runs.
insert into pay_rate (organisation_id, activity, per_hour_pence, effective_from, created_by_person_id)
select o.id, 'ATTENDING', 2500, date '2010-01-01', b.id from bench_org o cross join bench_coordinator b;
insert into payment_run (organisation_id, created_by_person_id, created_at, paid_at, paid_by_person_id, paid_on)
select o.id, b.id, now() - n * interval '80 days', now() - n * interval '80 days', b.id, (now() - n * interval '80 days')::date
  from bench_org o cross join bench_coordinator b cross join generate_series(1, 60) n;
create temporary table bench_run as
select id, row_number() over (order by id)::int as k from payment_run where organisation_id = (select id from bench_org);
insert into fee_claim (organisation_id, session_id, person_id, activity, session_minutes, preparation_minutes, rate_id, amount_pence,
                       choice, status, session_ended_at, decided_by_person_id, decided_at, created_at)
select o.id, c.session_id, c.person_id, 'ATTENDING', 120, 60, r.id, 7500, 'PAY', 'PAID', c.ends_at, b.id, c.ends_at, c.ends_at
  from bench_org o cross join bench_came c cross join bench_coordinator b join pay_rate r on r.organisation_id = o.id;
insert into payment_run_claim (claim_id, run_id, organisation_id)
select f.id, r.id, o.id from bench_org o join fee_claim f on f.organisation_id = o.id
  join bench_session s on s.id = f.session_id join bench_run r on r.k = 1 + s.k % 60;
insert into ledger_entry (organisation_id, person_id, claim_id, run_id, kind, amount_pence, created_by_person_id, created_at)
select o.id, f.person_id, f.id, rc.run_id, 'FEE', f.amount_pence, b.id, f.session_ended_at + interval '7 days'
  from bench_org o join fee_claim f on f.organisation_id = o.id join payment_run_claim rc on rc.claim_id = f.id
 cross join bench_coordinator b;
insert into expense_claim (organisation_id, person_id, session_id, kind, spent_on, description, amount_pence, status, created_by_person_id)
select o.id, c.person_id, c.session_id, 'FARES', c.ends_at::date, 'Bus there and back', 480, 'PAID', c.person_id
  from bench_org o cross join bench_came c where c.j = 1 or (c.j = -1 and c.sk % 10 = 0 and c.sk <= 500);

-- Who looked at people's access needs: 50,500 entries, 500 of them about Robin.
insert into audit_event (organisation_id, happened_at, actor_person_id, actor_name, action, topic, person_id, person_name, detail)
select o.id, c.ends_at - interval '1 day', b.id, 'Person 2', 'VIEWED', 'ACCESS_NEEDS', c.person_id, 'Someone',
       'the list of access needs for the meeting'
  from bench_org o cross join bench_came c cross join bench_coordinator b where c.j <= 9;

drop table bench_came, bench_run, bench_session, bench_group, bench_coordinator, bench_robin, bench_person, bench_org;
analyze;
