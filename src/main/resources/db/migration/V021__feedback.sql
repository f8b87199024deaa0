-- Feedback from anyone, tracked until it is answered, and the "you said, we did" page.

-- How many working days an organisation promises to take to reply. Without a row, the promise is 20 working days.
create table feedback_setting (
    organisation_id      bigint      primary key references organisation (id),
    promise_working_days int         not null default 20 check (promise_working_days between 1 and 60),
    updated_by_person_id bigint,
    updated_at           timestamptz not null default now()
);

create table feedback (
    id                     bigint generated always as identity primary key,
    organisation_id        bigint      not null references organisation (id),
    reference              text        not null check (length(reference) <= 20),
    about                  text        check (length(about) <= 200),
    body                   text        not null check (length(body) <= 5000),
    name                   text        check (length(name) <= 100),
    email                  text        check (length(email) <= 254),
    phone                  text        check (length(phone) <= 30),
    postal_address         text        check (length(postal_address) <= 500),
    reply_by               text        not null check (reply_by in ('EMAIL', 'PHONE', 'POST', 'NONE')),
    may_publish            boolean     not null,
    status                 text        not null default 'RECEIVED' check (status in ('RECEIVED', 'LOOKING', 'RESPONDED')),
    received_at            timestamptz not null default now(),
    due_on                 date        not null,
    looked_at              timestamptz,
    responded_at           timestamptz,
    response               text        check (length(response) <= 10000),
    responded_by_person_id bigint,
    -- What the public page shows of their words: the coordinator may take out anything that could identify someone.
    public_text            text        check (length(public_text) <= 5000),
    public_response        text        check (length(public_response) <= 10000),
    published_at           timestamptz,
    unique (organisation_id, reference),
    check ((status = 'RESPONDED') = (responded_at is not null and response is not null)),
    check (published_at is null or (may_publish and status = 'RESPONDED' and public_text is not null and public_response is not null))
);

create index feedback_by_status on feedback (organisation_id, status, due_on);
create index feedback_published on feedback (organisation_id, published_at desc) where published_at is not null;

-- What happened to each piece of feedback, in order, so that nobody has to remember it.
create table feedback_event (
    id              bigint generated always as identity primary key,
    organisation_id bigint      not null references organisation (id),
    feedback_id     bigint      not null references feedback (id),
    what            text        not null,
    at              timestamptz not null default now(),
    by_person_id    bigint
);

create index feedback_event_by_feedback on feedback_event (organisation_id, feedback_id, at);

-- Forms sent from public pages, kept for two days at most, to limit how many come from one address. The address is
-- kept only as a salted SHA-256 hash.
create table public_submission (
    organisation_id bigint      not null references organisation (id),
    address_hash    text        not null,
    form            text        not null,
    submitted_at    timestamptz not null default now()
);

create index public_submission_recent on public_submission (organisation_id, form, address_hash, submitted_at);
create index public_submission_age on public_submission (submitted_at);
