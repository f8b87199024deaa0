-- Every email waits here, written in the same transaction as the change that causes it, so that a change rolled back
-- sends nothing and a crash loses nothing. A worker sends each one after commit and marks it sent. Sign-in links
-- have no organisation. The body is emptied once sent, so that links in it are not kept.
create table outbox_message (
    id              bigint generated always as identity primary key,
    organisation_id bigint references organisation (id),
    person_id       bigint,
    kind            text        not null,
    recipient       text        not null,
    subject         text        not null,
    body            text,
    status          text        not null default 'WAITING' check (status in ('WAITING', 'SENT', 'FAILED')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null default now(),
    -- From when the worker keeps trying before it gives up; "Send again" starts it afresh.
    waiting_since   timestamptz not null default now(),
    last_error      text,
    created_at      timestamptz not null default now(),
    sent_at         timestamptz
);

-- What the worker looks for: messages waiting and due.
create index outbox_message_due on outbox_message (next_attempt_at) where status = 'WAITING';
create index outbox_message_by_organisation on outbox_message (organisation_id, created_at desc);

create table outbox_attachment (
    id              bigint generated always as identity primary key,
    message_id      bigint not null references outbox_message (id) on delete cascade,
    organisation_id bigint references organisation (id),
    filename        text   not null,
    content_type    text   not null,
    content         bytea  not null
);

create index outbox_attachment_of_message on outbox_attachment (message_id);
