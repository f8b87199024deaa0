-- Organisations are the tenants: every row of an organisation's data carries its organisation_id.
create table organisation (
    id            bigint generated always as identity primary key,
    slug          text        not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name          text        not null,
    contact_email text,
    created_at    timestamptz not null default now()
);
