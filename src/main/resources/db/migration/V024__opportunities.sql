-- Opportunities to get involved, and the people who said they are interested, from the public pages.
create table opportunity (
    id              bigint generated always as identity primary key,
    organisation_id bigint      not null references organisation (id),
    title           text        not null,
    what            text        not null,
    who_for         text        not null,
    time_needed     text        not null,
    pay             text        not null,
    support         text        not null,
    closes_on       date        not null,
    created_at      timestamptz not null default now(),
    closed_at       timestamptz,
    unique (id, organisation_id)
);
create index opportunity_open on opportunity (organisation_id, closes_on) where closed_at is null;

-- Someone saying they are interested. Kept apart from the register until the coordinator adds them, with their consent.
create table expression_of_interest (
    id              bigint generated always as identity primary key,
    organisation_id bigint      not null,
    opportunity_id  bigint      not null,
    name            text        not null,
    email           text,
    phone           text,
    postal_address  text,
    contact_by      text        not null check (contact_by in ('EMAIL', 'PHONE', 'TEXT_MESSAGE', 'POST')),
    support_needed  text,
    describes_them  text[]      not null default '{}',
    received_at     timestamptz not null default now(),
    choice          text        check (choice in ('CHOSEN', 'NOT_CHOSEN')),
    chosen_at       timestamptz,
    person_id       bigint,
    foreign key (opportunity_id, organisation_id) references opportunity (id, organisation_id),
    foreign key (person_id, organisation_id) references person (id, organisation_id)
);
create index expression_of_interest_by_opportunity on expression_of_interest (organisation_id, opportunity_id, received_at);
