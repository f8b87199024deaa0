-- Boards, working groups, reference groups and champions networks.
create table coproduction_group (
    id                          bigint generated always as identity primary key,
    organisation_id             bigint      not null references organisation (id),
    kind                        text        not null check (kind in ('BOARD', 'WORKING_GROUP', 'REFERENCE_GROUP', 'CHAMPIONS_NETWORK')),
    name                        text        not null,
    purpose                     text        not null,
    meets                       text        not null check (meets in ('WEEKLY', 'FORTNIGHTLY', 'MONTHLY', 'EVERY_TWO_MONTHS', 'QUARTERLY', 'AS_NEEDED')),
    lived_experience_target     int check (lived_experience_target between 0 and 100),
    reports_to_group_id         bigint,
    quorum_lived_experience     int check (quorum_lived_experience > 0),
    created_at                  timestamptz not null default now(),
    archived_at                 timestamptz,
    unique (id, organisation_id),
    foreign key (reports_to_group_id, organisation_id) references coproduction_group (id, organisation_id),
    check (reports_to_group_id is null or reports_to_group_id <> id)
);
create unique index coproduction_group_by_name on coproduction_group (organisation_id, lower(name)) where archived_at is null;

-- Terms of reference: each change is a new version; old versions are kept.
create table group_terms_version (
    id                   bigint generated always as identity primary key,
    organisation_id      bigint      not null,
    group_id             bigint      not null,
    version              int         not null,
    text                 text        not null,
    written_by_person_id bigint      not null,
    created_at           timestamptz not null default now(),
    unique (group_id, version),
    foreign key (group_id, organisation_id) references coproduction_group (id, organisation_id),
    foreign key (written_by_person_id, organisation_id) references person (id, organisation_id)
);

-- Membership: a row per spell in a role. Leaving or changing role closes the row and never rewrites it.
create table group_member (
    id              bigint generated always as identity primary key,
    organisation_id bigint      not null,
    group_id        bigint      not null,
    person_id       bigint      not null,
    role            text        not null check (role in ('CO_CHAIR', 'MEMBER', 'ADVISER', 'SUPPORTING_STAFF')),
    joined_on       date        not null,
    term_ends_on    date,
    left_on         date,
    created_at      timestamptz not null default now(),
    unique (id, organisation_id),
    foreign key (group_id, organisation_id) references coproduction_group (id, organisation_id),
    foreign key (person_id, organisation_id) references person (id, organisation_id),
    check (term_ends_on is null or term_ends_on >= joined_on),
    check (left_on is null or left_on >= joined_on)
);
create index group_member_by_group on group_member (organisation_id, group_id) where left_on is null;
create index group_member_by_person on group_member (organisation_id, person_id);
create unique index group_member_once_at_a_time on group_member (group_id, person_id) where left_on is null;

-- Induction: a checklist per group, ticked off with each new member.
create table induction_item (
    id              bigint generated always as identity primary key,
    organisation_id bigint not null,
    group_id        bigint not null,
    position        int    not null,
    text            text   not null,
    removed_at      timestamptz,
    unique (id, organisation_id),
    foreign key (group_id, organisation_id) references coproduction_group (id, organisation_id)
);

create table induction_tick (
    member_id             bigint      not null,
    item_id               bigint      not null,
    organisation_id       bigint      not null,
    done_on               date        not null,
    recorded_by_person_id bigint      not null,
    primary key (member_id, item_id),
    foreign key (member_id, organisation_id) references group_member (id, organisation_id),
    foreign key (item_id, organisation_id) references induction_item (id, organisation_id)
);

-- Champions: training done and work supported.
create table champion_record (
    id              bigint generated always as identity primary key,
    organisation_id bigint      not null,
    person_id       bigint      not null,
    kind            text        not null check (kind in ('TRAINING', 'SUPPORT')),
    what            text        not null,
    happened_on     date        not null,
    created_at      timestamptz not null default now(),
    foreign key (person_id, organisation_id) references person (id, organisation_id)
);
create index champion_record_by_person on champion_record (organisation_id, person_id);

-- A person may agree to their name being shown publicly, for example as a champion.
alter table consent_event drop constraint consent_event_purpose_check;
alter table consent_event add constraint consent_event_purpose_check
    check (purpose in ('CONTACT', 'KEEP_INFORMATION', 'RECORD_SESSIONS', 'SHARE_STORY', 'PHOTOGRAPHS', 'NAME_SHOWN'));

-- Equality monitoring: whether a person has a learning disability, and how severe, so that groups can see
-- whether people with severe or profound learning disabilities are missing.
alter table person_equality add column learning_disability text;
