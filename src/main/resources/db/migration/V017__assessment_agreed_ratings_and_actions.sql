-- After everyone has rated, the group meets and agrees a rating for each indicator, and writes actions.

create table assessment_agreed (
    round_id              bigint      not null,
    organisation_id       bigint      not null,
    indicator_code        text        not null,
    rating                text        not null check (rating in ('DOING_WELL', 'GETTING_THERE', 'MORE_TO_DO', 'DONT_KNOW')),
    note                  text        check (length(note) <= 2000),
    recorded_by_person_id bigint      not null,
    recorded_at           timestamptz not null default now(),
    primary key (round_id, indicator_code),
    foreign key (round_id, organisation_id) references assessment_round (id, organisation_id)
);

-- Who agreed it: the people at the meeting.
create table assessment_agreed_by (
    round_id        bigint not null,
    indicator_code  text   not null,
    organisation_id bigint not null,
    person_id       bigint not null,
    primary key (round_id, indicator_code, person_id),
    foreign key (round_id, indicator_code) references assessment_agreed (round_id, indicator_code) on delete cascade,
    foreign key (person_id, organisation_id) references person (id, organisation_id)
);

create table assessment_action (
    id                    bigint generated always as identity primary key,
    organisation_id       bigint      not null,
    round_id              bigint      not null,
    indicator_code        text,
    what                  text        not null check (length(what) <= 1000),
    owner_person_id       bigint      not null,
    due_on                date        not null,
    done_at               timestamptz,
    done_note             text        check (length(done_note) <= 2000),
    created_by_person_id  bigint      not null,
    created_at            timestamptz not null default now(),
    foreign key (round_id, organisation_id) references assessment_round (id, organisation_id),
    foreign key (owner_person_id, organisation_id) references person (id, organisation_id)
);
create index assessment_action_by_round on assessment_action (organisation_id, round_id);
