-- Paying people for their time. Money is always whole pence.

-- Rate cards: what each kind of activity pays, from the day the rate takes effect. A new rate is a new row; old rows
-- stay, so a claim is always worked out with the rate that applied on the day of the session.
create table pay_rate (
    id                  bigint generated always as identity primary key,
    organisation_id     bigint      not null references organisation (id),
    activity            text        not null check (activity in ('ATTENDING', 'LEADING', 'REVIEWING_PAPERS')),
    per_hour_pence      bigint      not null check (per_hour_pence >= 0),
    half_day_pence      bigint      check (half_day_pence >= 0),
    day_pence           bigint      check (day_pence >= 0),
    preparation_minutes int         not null default 0 check (preparation_minutes between 0 and 480),
    effective_from      date        not null,
    created_by_person_id bigint     not null,
    created_at          timestamptz not null default now(),
    unique (organisation_id, activity, effective_from),
    foreign key (created_by_person_id, organisation_id) references person (id, organisation_id)
);

-- How someone prefers to be paid, always: each change is a new row, the latest one counts.
create table payment_preference (
    id                    bigint generated always as identity primary key,
    organisation_id       bigint      not null,
    person_id             bigint      not null,
    choice                text        not null check (choice in ('PAY', 'VOUCHER', 'EXPENSES_ONLY')),
    recorded_by_person_id bigint      not null,
    recorded_at           timestamptz not null default now(),
    foreign key (person_id, organisation_id) references person (id, organisation_id)
);
create index payment_preference_by_person on payment_preference (organisation_id, person_id, recorded_at desc);

-- A fee for someone's time at a session, drafted when attendance is recorded.
create table fee_claim (
    id                  bigint generated always as identity primary key,
    organisation_id     bigint      not null,
    session_id          bigint      not null,
    person_id           bigint      not null,
    activity            text        not null check (activity in ('ATTENDING', 'LEADING', 'REVIEWING_PAPERS')),
    session_minutes     int         not null check (session_minutes > 0),
    preparation_minutes int         not null check (preparation_minutes >= 0),
    rate_id             bigint      not null references pay_rate (id),
    amount_pence        bigint      not null check (amount_pence >= 0),
    choice              text        not null check (choice in ('PAY', 'VOUCHER', 'EXPENSES_ONLY')),
    status              text        not null default 'DRAFT' check (status in ('DRAFT', 'APPROVED', 'QUERIED', 'PAID', 'WITHDRAWN')),
    session_ended_at    timestamptz not null,
    -- why a coordinator queried it, in words the person can read; and who decided, when
    query_reason        text,
    decided_by_person_id bigint,
    decided_at          timestamptz,
    created_at          timestamptz not null default now(),
    unique (id, organisation_id),
    unique (session_id, person_id, activity),
    foreign key (session_id, organisation_id) references coproduction_session (id, organisation_id),
    foreign key (person_id, organisation_id) references person (id, organisation_id)
);
create index fee_claim_by_person on fee_claim (organisation_id, person_id);
create index fee_claim_by_status on fee_claim (organisation_id, status);
