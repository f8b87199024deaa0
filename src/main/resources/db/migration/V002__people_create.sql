-- The register of people: one row per person per organisation.
create table person (
    id                 bigint generated always as identity primary key,
    organisation_id    bigint      not null references organisation (id),
    full_name          text        not null,
    known_as           text,
    pronouns           text,
    preferred_terms    text,
    terms_to_avoid     text,
    email              text,
    phone              text,
    postal_address     text,
    contact_preference text check (contact_preference in ('EMAIL', 'PHONE', 'TEXT_MESSAGE', 'POST', 'THROUGH_SUPPORTER')),
    contact_notes      text,
    interests          text,
    access_needs_other text,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    archived_at        timestamptz,
    unique (id, organisation_id)
);
create index person_by_name on person (organisation_id, lower(full_name));

-- The child tables carry organisation_id too, and the composite key makes sure it matches the person's.
create table person_role (
    person_id       bigint not null,
    organisation_id bigint not null,
    role            text   not null check (role in ('LIVED_EXPERIENCE', 'FAMILY_CARER', 'PROFESSIONAL', 'PROVIDER', 'COMMISSIONER', 'OTHER')),
    primary key (person_id, role),
    foreign key (person_id, organisation_id) references person (id, organisation_id)
);
create index person_role_by_role on person_role (organisation_id, role);

create table person_skill (
    person_id       bigint not null,
    organisation_id bigint not null,
    skill           text   not null,
    primary key (person_id, skill),
    foreign key (person_id, organisation_id) references person (id, organisation_id)
);
create index person_skill_by_skill on person_skill (organisation_id, lower(skill));

-- Special category data (health): only coordinators and the person themselves may see it.
create table person_access_need (
    person_id       bigint not null,
    organisation_id bigint not null,
    need            text   not null check (need in ('STEP_FREE_ACCESS', 'BSL_INTERPRETER', 'HEARING_LOOP', 'SUPPORT_WORKER',
                                                    'EXTRA_BREAKS', 'QUIET_ROOM', 'LARGE_PRINT', 'EASY_READ')),
    primary key (person_id, need),
    foreign key (person_id, organisation_id) references person (id, organisation_id)
);
create index person_access_need_by_need on person_access_need (organisation_id, need);

create table person_format (
    person_id       bigint not null,
    organisation_id bigint not null,
    format          text   not null check (format in ('STANDARD', 'EASY_READ', 'LARGE_PRINT', 'PLAIN_TEXT_EMAIL', 'AUDIO',
                                                      'VIDEO', 'BSL_VIDEO', 'BRAILLE')),
    primary key (person_id, format),
    foreign key (person_id, organisation_id) references person (id, organisation_id)
);

-- Equality monitoring: optional, and each answer may be "prefer not to say" (DECLINED). Null means not asked yet.
create table person_equality (
    person_id          bigint primary key,
    organisation_id    bigint      not null,
    age_band           text,
    disability         text,
    ethnicity          text,
    gender             text,
    gender_description text,
    sexual_orientation text,
    religion           text,
    updated_at         timestamptz not null default now(),
    foreign key (person_id, organisation_id) references person (id, organisation_id)
);

-- Benefits: so that payments never cost someone their benefits.
create table person_benefits (
    person_id       bigint primary key,
    organisation_id bigint      not null,
    status          text        not null check (status in ('YES', 'NO', 'DECLINED')),
    advice_wanted   boolean     not null default false,
    note            text,
    updated_at      timestamptz not null default now(),
    foreign key (person_id, organisation_id) references person (id, organisation_id)
);

create table person_benefit (
    person_id       bigint not null,
    organisation_id bigint not null,
    benefit         text   not null check (benefit in ('UNIVERSAL_CREDIT', 'ESA', 'PIP', 'CARERS_ALLOWANCE', 'HOUSING_BENEFIT',
                                                       'PENSION_CREDIT', 'ATTENDANCE_ALLOWANCE', 'OTHER')),
    primary key (person_id, benefit),
    foreign key (person_id, organisation_id) references person (id, organisation_id)
);

-- Consents are a history: a new row each time a consent is given or withdrawn. Rows are never changed.
create table consent_event (
    id                    bigint generated always as identity primary key,
    organisation_id       bigint      not null,
    person_id             bigint      not null,
    purpose               text        not null check (purpose in ('CONTACT', 'KEEP_INFORMATION', 'RECORD_SESSIONS', 'SHARE_STORY', 'PHOTOGRAPHS')),
    given                 boolean     not null,
    method                text        not null check (method in ('ONLINE', 'IN_PERSON', 'PAPER_FORM', 'EASY_READ_FORM', 'PHONE', 'EMAIL')),
    note                  text,
    recorded_by_person_id bigint references person (id),
    recorded_at           timestamptz not null default now(),
    foreign key (person_id, organisation_id) references person (id, organisation_id)
);
create index consent_event_by_person on consent_event (organisation_id, person_id, purpose, recorded_at desc);

-- An uploaded spreadsheet waits here, unread by anyone else, until the coordinator confirms the preview.
create table person_import (
    id                    bigint generated always as identity primary key,
    organisation_id       bigint      not null references organisation (id),
    created_by_person_id  bigint      not null references person (id),
    file_name             text        not null,
    content               text        not null,
    created_at            timestamptz not null default now(),
    confirmed_at          timestamptz
);
