-- Projects: pieces of co-production work, from preparation to review.
create table project (
    id                     bigint generated always as identity primary key,
    organisation_id        bigint      not null references organisation (id),
    title                  text        not null,
    purpose                text        not null,
    outcomes_hoped         text,
    outcomes_unintended    text,
    co_kind                text        not null check (co_kind in ('CO_COMMISSIONING', 'CO_DESIGN', 'CO_DELIVERY', 'CO_ASSESSMENT')),
    phase                  text        not null check (phase in ('ANALYSE', 'PLAN', 'DO', 'REVIEW')),
    budget_time_pence      bigint check (budget_time_pence >= 0),
    budget_expenses_pence  bigint check (budget_expenses_pence >= 0),
    created_at             timestamptz not null default now(),
    closed_at              timestamptz,
    unique (id, organisation_id)
);
create unique index project_by_title on project (organisation_id, lower(title)) where closed_at is null;

-- The team: a row per spell in a role, never rewritten.
create table project_member (
    id              bigint generated always as identity primary key,
    organisation_id bigint      not null,
    project_id      bigint      not null,
    person_id       bigint      not null,
    role            text        not null check (role in ('CO_LEAD', 'MEMBER', 'ADVISER', 'SUPPORTING_STAFF')),
    added_at        timestamptz not null default now(),
    removed_at      timestamptz,
    foreign key (project_id, organisation_id) references project (id, organisation_id),
    foreign key (person_id, organisation_id) references person (id, organisation_id)
);
create unique index project_member_once_at_a_time on project_member (project_id, person_id) where removed_at is null;
create index project_member_by_person on project_member (organisation_id, person_id);

-- Where the project sits on the ladder of participation, and why. Each change is a new row: the history.
create table project_ladder (
    id                    bigint generated always as identity primary key,
    organisation_id       bigint      not null,
    project_id            bigint      not null,
    rung                  text        not null check (rung in ('COERCION', 'EDUCATING', 'INFORMING', 'CONSULTATION', 'ENGAGEMENT', 'CO_DESIGN', 'CO_PRODUCTION')),
    why                   text        not null,
    recorded_by_person_id bigint      not null,
    recorded_at           timestamptz not null default now(),
    foreign key (project_id, organisation_id) references project (id, organisation_id),
    foreign key (recorded_by_person_id, organisation_id) references person (id, organisation_id)
);
create index project_ladder_by_project on project_ladder (organisation_id, project_id, recorded_at);

-- Preparation: answers to the questions of each part of the task list, and which parts are done.
create table project_preparation_answer (
    project_id      bigint      not null,
    organisation_id bigint      not null,
    question        text        not null,
    answer          text,
    note            text,
    updated_at      timestamptz not null default now(),
    primary key (project_id, question),
    foreign key (project_id, organisation_id) references project (id, organisation_id)
);

create table project_preparation_section (
    project_id      bigint      not null,
    organisation_id bigint      not null,
    section         text        not null,
    completed_at    timestamptz not null default now(),
    primary key (project_id, section),
    foreign key (project_id, organisation_id) references project (id, organisation_id)
);

-- The stakeholder map: who should be involved, whether they are, and if not why and what will be done.
create table project_stakeholder (
    id              bigint generated always as identity primary key,
    organisation_id bigint      not null,
    project_id      bigint      not null,
    who             text        not null,
    often_missing   boolean     not null default false,
    should_involve  boolean     not null default true,
    involved        boolean     not null default false,
    why_missing     text,
    what_we_will_do text,
    foreign key (project_id, organisation_id) references project (id, organisation_id)
);
create unique index project_stakeholder_once on project_stakeholder (project_id, lower(who));
