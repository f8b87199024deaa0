-- Sessions: meetings, workshops, drop-ins and one-to-ones. For now a session belongs to a group; projects come later.
create table coproduction_session (
    id              bigint generated always as identity primary key,
    organisation_id bigint      not null references organisation (id),
    group_id        bigint,
    kind            text        not null check (kind in ('MEETING', 'WORKSHOP', 'DROP_IN', 'ONE_TO_ONE')),
    title           text        not null,
    purpose         text,
    starts_at       timestamptz not null,
    ends_at         timestamptz not null,
    place           text,
    online_link     text,
    -- when attendance was last taken, so that "nobody came" and "not recorded yet" differ
    attendance_recorded_at timestamptz,
    -- the quorum as it stood when attendance was taken: later changes to the group do not rewrite history
    quorum_required        int,
    quorum_lived_experience int,
    created_at      timestamptz not null default now(),
    unique (id, organisation_id),
    foreign key (group_id, organisation_id) references coproduction_group (id, organisation_id),
    constraint session_ends_after_it_starts check (ends_at > starts_at),
    constraint session_belongs_somewhere check (group_id is not null)
);
create index coproduction_session_by_group on coproduction_session (organisation_id, group_id, starts_at);

-- Who came. A row means they were there.
create table session_attendance (
    session_id            bigint      not null,
    person_id             bigint      not null,
    organisation_id       bigint      not null,
    recorded_by_person_id bigint      not null,
    recorded_at           timestamptz not null default now(),
    primary key (session_id, person_id),
    foreign key (session_id, organisation_id) references coproduction_session (id, organisation_id),
    foreign key (person_id, organisation_id) references person (id, organisation_id)
);

create table session_decision (
    id                    bigint generated always as identity primary key,
    organisation_id       bigint      not null,
    session_id            bigint      not null,
    text                  text        not null,
    recorded_by_person_id bigint      not null,
    recorded_at           timestamptz not null default now(),
    foreign key (session_id, organisation_id) references coproduction_session (id, organisation_id),
    foreign key (recorded_by_person_id, organisation_id) references person (id, organisation_id)
);
create index session_decision_by_session on session_decision (organisation_id, session_id);
