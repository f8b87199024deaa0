-- An organisation's own jargon buster entries. They add to the built-in entries, and replace a built-in entry
-- with the same term.
create table glossary_entry (
    id              bigint generated always as identity primary key,
    organisation_id bigint      not null references organisation (id),
    term            text        not null,
    meaning         text        not null,
    plainer         text,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create unique index glossary_entry_by_term on glossary_entry (organisation_id, lower(term));

-- When someone publishes or sends text that the plain English check warned about, we keep a record of it.
create table writing_warning (
    id              bigint generated always as identity primary key,
    organisation_id bigint        not null references organisation (id),
    person_id       bigint        not null,
    what            text          not null,
    verdict         text          not null,
    reading_ease    numeric(6, 1) not null,
    avoided_terms   int           not null,
    created_at      timestamptz   not null default now(),
    foreign key (person_id, organisation_id) references person (id, organisation_id)
);
create index writing_warning_by_organisation on writing_warning (organisation_id, created_at desc);
