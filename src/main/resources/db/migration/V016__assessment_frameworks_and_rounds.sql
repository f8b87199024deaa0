-- Checking if co-production is happening: frameworks, rounds and ratings.

-- A framework: built in (no organisation, every organisation can use it) or an organisation's own.
create table assessment_framework (
    id                   bigint generated always as identity primary key,
    organisation_id      bigint      references organisation (id),
    built_in_key         text        unique,
    created_by_person_id bigint,
    created_at           timestamptz not null default now(),
    check ((organisation_id is null) = (built_in_key is not null))
);

-- Each change to a framework is a new version; a round keeps the version it started with.
create table assessment_framework_version (
    id                   bigint generated always as identity primary key,
    framework_id         bigint      not null references assessment_framework (id),
    version              int         not null check (version > 0),
    name                 text        not null,
    source               text        not null,
    created_by_person_id bigint,
    created_at           timestamptz not null default now(),
    unique (framework_id, version)
);

create table assessment_round (
    id                   bigint generated always as identity primary key,
    organisation_id      bigint      not null references organisation (id),
    framework_version_id bigint      not null references assessment_framework_version (id),
    title                text        not null check (length(title) <= 200),
    closes_on            date        not null,
    created_by_person_id bigint      not null,
    created_at           timestamptz not null default now(),
    unique (id, organisation_id)
);

-- Who is asked to rate, and on which side of the comparison they are: people with lived experience and carers, or
-- staff and board members. Names are shown next to ratings only when the person chose that.
create table assessment_rater (
    round_id        bigint      not null,
    organisation_id bigint      not null,
    person_id       bigint      not null,
    side            text        not null check (side in ('LIVED_EXPERIENCE', 'PROFESSIONAL')),
    name_shown      boolean     not null default false,
    invited_at      timestamptz not null default now(),
    submitted_at    timestamptz,
    primary key (round_id, person_id),
    foreign key (round_id, organisation_id) references assessment_round (id, organisation_id),
    foreign key (person_id, organisation_id) references person (id, organisation_id)
);

create table assessment_rating (
    round_id        bigint      not null,
    organisation_id bigint      not null,
    person_id       bigint      not null,
    indicator_code  text        not null,
    rating          text        not null check (rating in ('DOING_WELL', 'GETTING_THERE', 'MORE_TO_DO', 'DONT_KNOW')),
    comment         text        check (length(comment) <= 2000),
    evidence        text        check (length(evidence) <= 2000),
    updated_at      timestamptz not null default now(),
    primary key (round_id, person_id, indicator_code),
    foreign key (round_id, person_id) references assessment_rater (round_id, person_id)
);
create index assessment_rating_by_round on assessment_rating (organisation_id, round_id, indicator_code);
