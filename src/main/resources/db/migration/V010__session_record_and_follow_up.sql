-- What happened at a session: who spoke on each agenda item, insights in people's own words, who took part in each
-- decision and where it sits on the ladder, actions, and the follow-up that tells people what difference they made.
create table contribution (
    agenda_item_id  bigint      not null,
    person_id       bigint      not null,
    organisation_id bigint      not null,
    session_id      bigint      not null,
    recorded_at     timestamptz not null default now(),
    primary key (agenda_item_id, person_id),
    foreign key (agenda_item_id, organisation_id) references agenda_item (id, organisation_id),
    foreign key (person_id, organisation_id) references person (id, organisation_id),
    foreign key (session_id, organisation_id) references coproduction_session (id, organisation_id)
);
create index contribution_by_session on contribution (organisation_id, session_id);

create table insight (
    id                    bigint generated always as identity primary key,
    organisation_id       bigint      not null,
    session_id            bigint      not null,
    said_by_person_id     bigint,
    text                  text        not null,
    own_words             boolean     not null,
    recorded_by_person_id bigint      not null,
    recorded_at           timestamptz not null default now(),
    foreign key (session_id, organisation_id) references coproduction_session (id, organisation_id),
    foreign key (said_by_person_id, organisation_id) references person (id, organisation_id)
);
create index insight_by_session on insight (organisation_id, session_id);

alter table session_decision add column rung text
    check (rung in ('COERCION', 'EDUCATING', 'INFORMING', 'CONSULTATION', 'ENGAGEMENT', 'CO_DESIGN', 'CO_PRODUCTION'));
alter table session_decision add unique (id, organisation_id);

create table decision_participant (
    decision_id     bigint not null,
    person_id       bigint not null,
    organisation_id bigint not null,
    primary key (decision_id, person_id),
    foreign key (decision_id, organisation_id) references session_decision (id, organisation_id),
    foreign key (person_id, organisation_id) references person (id, organisation_id)
);

create table session_action (
    id              bigint generated always as identity primary key,
    organisation_id bigint      not null,
    session_id      bigint      not null,
    what            text        not null,
    owner_person_id bigint      not null,
    due_on          date        not null,
    done_at         timestamptz,
    done_note       text,
    created_at      timestamptz not null default now(),
    foreign key (session_id, organisation_id) references coproduction_session (id, organisation_id),
    foreign key (owner_person_id, organisation_id) references person (id, organisation_id)
);
create index session_action_by_owner on session_action (organisation_id, owner_person_id) where done_at is null;

-- Follow-up: where someone's contribution made a difference (person_id set), or a message to everyone who came.
create table follow_up (
    id                   bigint generated always as identity primary key,
    organisation_id      bigint      not null,
    session_id           bigint      not null,
    person_id            bigint,
    text                 text        not null,
    written_by_person_id bigint      not null,
    sent_at              timestamptz not null default now(),
    foreign key (session_id, organisation_id) references coproduction_session (id, organisation_id),
    foreign key (person_id, organisation_id) references person (id, organisation_id)
);
create index follow_up_by_person on follow_up (organisation_id, person_id);

-- A session is closed once follow-up has been sent, or skipped with a reason.
alter table coproduction_session add column closed_at timestamptz;
alter table coproduction_session add column follow_up_skipped_reason text;
