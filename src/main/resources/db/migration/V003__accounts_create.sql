-- An account is a way to sign in: one per email address, across organisations.
create table account (
    id            bigint generated always as identity primary key,
    email         text        not null,
    password_hash text,
    created_at    timestamptz not null default now()
);
create unique index account_by_email on account (lower(email));

-- A membership lets an account work in an organisation, as one person in its register, with roles.
create table membership (
    id              bigint generated always as identity primary key,
    organisation_id bigint      not null references organisation (id),
    account_id      bigint      not null references account (id),
    person_id       bigint      not null,
    active          boolean     not null default true,
    created_at      timestamptz not null default now(),
    changed_at      timestamptz not null default now(),
    unique (organisation_id, account_id),
    unique (organisation_id, person_id),
    unique (id, organisation_id),
    foreign key (person_id, organisation_id) references person (id, organisation_id)
);

create table membership_role (
    membership_id   bigint not null,
    organisation_id bigint not null,
    role            text   not null check (role in ('COORDINATOR', 'STAFF', 'PARTNER', 'FINANCE', 'BOARD')),
    primary key (membership_id, role),
    foreign key (membership_id, organisation_id) references membership (id, organisation_id) on delete cascade
);

create table invitation (
    id                   bigint generated always as identity primary key,
    organisation_id      bigint      not null,
    person_id            bigint      not null,
    email                text        not null,
    roles                text        not null,
    token_hash           text        not null unique,
    invited_by_person_id bigint references person (id),
    created_at           timestamptz not null default now(),
    expires_at           timestamptz not null,
    accepted_at          timestamptz,
    withdrawn_at         timestamptz,
    foreign key (person_id, organisation_id) references person (id, organisation_id)
);
create index invitation_by_person on invitation (organisation_id, person_id);

-- Failed password sign-ins per email address (whether or not an account has it), to slow down guessing.
create table sign_in_throttle (
    email_key        text primary key,
    failures         int         not null,
    first_failure_at timestamptz not null,
    locked_until     timestamptz
);

-- Requests for sign-in links, so that nobody can flood someone's inbox.
create table email_link_request (
    id           bigint generated always as identity primary key,
    email_key    text        not null,
    requested_at timestamptz not null default now()
);
create index email_link_request_by_email on email_link_request (email_key, requested_at);

-- Spring Security's one-time tokens for email links (its schema, with room for long addresses).
create table one_time_tokens (
    token_value varchar(36)  not null primary key,
    username    varchar(320) not null,
    expires_at  timestamp    not null
);
