-- Subject access requests: a person asks for a copy of everything we hold about them, and must have it within one
-- calendar month of our receiving the request (UK GDPR article 12(3); the ICO's guidance on the right of access).
-- The copy is made in the background and kept only for a short while, for a few downloads.
create table subject_access_request (
    id                 bigserial   primary key,
    organisation_id    bigint      not null references organisation (id),
    person_id          bigint      not null,
    person_name        text,
    received_on        date        not null,
    due_on             date        not null,
    received_how       text        not null check (received_how in ('ONLINE', 'EMAIL', 'LETTER', 'PHONE', 'IN_PERSON')),
    asked_by_name      text        not null,
    status             text        not null default 'WAITING' check (status in ('WAITING', 'READY', 'FAILED')),
    made_at            timestamptz,
    copy               bytea,
    copy_bytes         integer,
    failure            text,
    downloads          integer     not null default 0,
    expires_at         timestamptz,
    given_on           date,
    created_at         timestamptz not null default now()
);
create index subject_access_request_waiting on subject_access_request (id) where status = 'WAITING';
create index subject_access_request_by_organisation on subject_access_request (organisation_id, created_at desc);
create index subject_access_request_by_person on subject_access_request (organisation_id, person_id);
