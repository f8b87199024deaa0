-- Sessions grow: they belong to a project or a group, have intended outcomes, an agenda, invitations with replies,
-- access arrangements and consent to record.
alter table coproduction_session add column project_id bigint;
alter table coproduction_session add foreign key (project_id, organisation_id) references project (id, organisation_id);
alter table coproduction_session drop constraint session_belongs_somewhere;
alter table coproduction_session add constraint session_belongs_somewhere
    check ((group_id is not null) <> (project_id is not null));
alter table coproduction_session add column intended_outcomes text;
alter table coproduction_session add column updated_at timestamptz not null default now();
-- goes up each time the time or place changes, so that calendars replace the old entry
alter table coproduction_session add column revision int not null default 0;
create index coproduction_session_by_project on coproduction_session (organisation_id, project_id, starts_at);

-- The agenda: items in order, each with how long it takes.
create table agenda_item (
    id              bigint generated always as identity primary key,
    organisation_id bigint not null,
    session_id      bigint not null,
    position        int    not null,
    kind            text   not null check (kind in ('INTRODUCTIONS', 'ICEBREAKER', 'PURPOSE', 'DISCUSSION', 'BREAK', 'RECAP', 'WRAP_UP')),
    title           text   not null,
    minutes         int    not null check (minutes between 1 and 480),
    unique (id, organisation_id),
    foreign key (session_id, organisation_id) references coproduction_session (id, organisation_id)
);
create index agenda_item_by_session on agenda_item (organisation_id, session_id, position);

-- Invitations and replies. The token lets someone reply from the email without signing in.
create table session_invitation (
    id                bigint generated always as identity primary key,
    organisation_id   bigint      not null,
    session_id        bigint      not null,
    person_id         bigint      not null,
    reply_token       text        not null unique,
    invited_at        timestamptz not null default now(),
    email_sent_at     timestamptz,
    email_failed      text,
    reply             text check (reply in ('YES', 'NO', 'MAYBE')),
    replied_at        timestamptz,
    reminded_at       timestamptz,
    consent_to_record text check (consent_to_record in ('YES', 'NO')),
    unique (session_id, person_id),
    foreign key (session_id, organisation_id) references coproduction_session (id, organisation_id),
    foreign key (person_id, organisation_id) references person (id, organisation_id)
);
create index session_invitation_by_person on session_invitation (organisation_id, person_id);

-- Which access needs of the people coming have been arranged.
create table access_arrangement (
    session_id            bigint      not null,
    organisation_id       bigint      not null,
    need                  text        not null,
    arranged_by_person_id bigint      not null,
    arranged_at           timestamptz not null default now(),
    note                  text,
    primary key (session_id, need),
    foreign key (session_id, organisation_id) references coproduction_session (id, organisation_id)
);
