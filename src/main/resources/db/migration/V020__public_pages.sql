-- Public pages: what an organisation tells everyone about its co-production, readable without signing in.

-- How people who do not use forms can reach the organisation, and a few words for its public home page.
alter table organisation
    add column public_introduction text,
    add column public_phone        text,
    add column postal_address      text;

-- A page at a stable address: the co-production policy or plan, an update (news), or the papers and minutes of a
-- meeting. Its words live in versions, so that what was agreed, when and by whom, is never overwritten.
create table public_page (
    id              bigint generated always as identity primary key,
    organisation_id bigint      not null references organisation (id),
    kind            text        not null check (kind in ('POLICY', 'PLAN', 'UPDATE', 'PAPERS')),
    address         text        not null check (address ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    created_at      timestamptz not null default now(),
    unpublished_at  timestamptz,
    unique (organisation_id, address),
    unique (id, organisation_id)
);
-- Only one policy and one plan for each organisation.
create unique index public_page_one_policy_and_plan on public_page (organisation_id, kind) where kind in ('POLICY', 'PLAN');

-- What the coordinator is writing, before it is published. One draft per page at most.
create table public_page_draft (
    page_id         bigint      primary key,
    organisation_id bigint      not null,
    title           text        not null,
    description     text        not null,
    body            text        not null,
    easy_read       text,
    agreed_on       date,
    agreed_by       text,
    meeting_on      date,
    change_note     text,
    saved_at        timestamptz not null default now(),
    saved_by        bigint      not null,
    foreign key (page_id, organisation_id) references public_page (id, organisation_id)
);

-- Each published version, kept for ever.
create table public_page_version (
    page_id         bigint      not null,
    organisation_id bigint      not null,
    version         int         not null check (version > 0),
    title           text        not null,
    description     text        not null,
    body            text        not null,
    easy_read       text,
    agreed_on       date,
    agreed_by       text,
    meeting_on      date,
    change_note     text,
    published_at    timestamptz not null default now(),
    published_by    bigint      not null,
    primary key (page_id, version),
    foreign key (page_id, organisation_id) references public_page (id, organisation_id)
);
create index public_page_version_newest on public_page_version (organisation_id, published_at desc);

-- PDF and Word files that go with a page. A file added after the page was last published appears when it is next
-- published; a file taken away disappears at once.
create table public_page_file (
    id              bigint generated always as identity primary key,
    page_id         bigint      not null,
    organisation_id bigint      not null,
    file_name       text        not null,
    content_type    text        not null,
    content         bytea       not null,
    added_at        timestamptz not null default now(),
    removed_at      timestamptz,
    foreign key (page_id, organisation_id) references public_page (id, organisation_id)
);
create index public_page_file_by_page on public_page_file (organisation_id, page_id);
