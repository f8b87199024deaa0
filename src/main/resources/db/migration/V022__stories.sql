-- Stories in people's own words. The person chooses who may read each one, and can withdraw it at any time: the words
-- and any recording are then erased, and only the fact that a story was withdrawn, and when, is kept.
create table story (
    id              bigint generated always as identity primary key,
    organisation_id bigint      not null references organisation (id),
    person_id       bigint      not null,
    title           text,
    words           text,
    audio           bytea,
    audio_type      text,
    scope           text        not null check (scope in ('TEAM', 'BOARD', 'PUBLIC')),
    signed          text,
    told_with_help  boolean     not null default false,
    recorded_by     bigint      not null,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    withdrawn_at    timestamptz,
    withdrawn_by    bigint,
    unique (id, organisation_id),
    foreign key (person_id, organisation_id) references person (id, organisation_id),
    check (withdrawn_at is not null or (title is not null and words is not null)),
    check (withdrawn_at is null or (title is null and words is null and audio is null))
);
create index story_by_scope on story (organisation_id, scope, created_at desc) where withdrawn_at is null;

-- Every change to who may read a story, and its withdrawal: the consent trail.
create table story_event (
    id              bigint generated always as identity primary key,
    story_id        bigint      not null,
    organisation_id bigint      not null,
    what            text        not null check (what in ('TOLD', 'SCOPE_CHANGED', 'WITHDRAWN', 'ADDED_TO_MEETING')),
    scope           text,
    by_person       bigint      not null,
    at              timestamptz not null default now(),
    foreign key (story_id, organisation_id) references story (id, organisation_id)
);

-- Meetings of a board or working group that heard a story.
create table story_meeting (
    story_id        bigint      not null,
    organisation_id bigint      not null,
    session_id      bigint      not null,
    group_id        bigint      not null,
    agenda_item_id  bigint,
    added_at        timestamptz not null default now(),
    added_by        bigint      not null,
    primary key (story_id, session_id),
    foreign key (story_id, organisation_id) references story (id, organisation_id)
);
create index story_meeting_by_group on story_meeting (organisation_id, group_id);
