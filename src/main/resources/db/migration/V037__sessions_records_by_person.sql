-- Who came, who spoke, what they said and the decisions they took part in, found by the person: someone's copy of
-- their information reads them all, and without these it reads every row the organisation has.
create index session_attendance_by_person on session_attendance (organisation_id, person_id);
create index contribution_by_person on contribution (organisation_id, person_id);
create index insight_by_person on insight (organisation_id, said_by_person_id);
create index decision_participant_by_person on decision_participant (organisation_id, person_id);
