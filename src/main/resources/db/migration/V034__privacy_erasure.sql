-- People erased at their request: that it happened, when, who did it and why, and how much was deleted, anonymised and
-- kept. Nothing that was erased is kept here, not even the name.
create table erasure (
    id                bigserial   primary key,
    organisation_id   bigint      not null references organisation (id),
    person_id         bigint      not null,
    erased_at         timestamptz not null default now(),
    erased_by_name    text        not null,
    reason            text        not null,
    received_on       date        not null,
    deleted           integer     not null,
    anonymised        integer     not null,
    kept              integer     not null,
    unique (organisation_id, person_id)
);

