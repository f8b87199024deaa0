-- Expenses: money people spent to take part, paid back in full. Kept apart from fees everywhere, because benefits
-- ignore repaid expenses but count fees as earnings.

-- What a mile of travel by car pays, set by each organisation (45p until changed: HMRC's approved rate for the first
-- 10,000 miles a year, shown as a figure to check).
alter table payment_settings alter column promise_days set default 14;
alter table payment_settings add column pence_per_mile int not null default 45 check (pence_per_mile between 0 and 200);

create table expense_claim (
    id                   bigint generated always as identity primary key,
    organisation_id      bigint      not null,
    person_id            bigint      not null,
    -- the session it was spent for, when there was one
    session_id           bigint,
    kind                 text        not null check (kind in ('MILEAGE', 'FARES', 'CARE_COVER', 'SUPPORT_WORKER', 'OTHER')),
    spent_on             date        not null,
    description          text        not null check (length(description) <= 500),
    -- mileage only: tenths of a mile, and the rate on the day it was claimed
    miles_tenths         int         check (miles_tenths between 1 and 100000),
    pence_per_mile       int,
    amount_pence         bigint      not null check (amount_pence > 0),
    status               text        not null default 'DRAFT' check (status in ('DRAFT', 'APPROVED', 'QUERIED', 'PAID', 'WITHDRAWN')),
    query_reason         text,
    decided_by_person_id bigint,
    decided_at           timestamptz,
    created_by_person_id bigint      not null,
    created_at           timestamptz not null default now(),
    unique (id, organisation_id),
    check ((kind = 'MILEAGE') = (miles_tenths is not null and pence_per_mile is not null)),
    foreign key (person_id, organisation_id) references person (id, organisation_id),
    foreign key (session_id, organisation_id) references coproduction_session (id, organisation_id)
);
create index expense_claim_by_person on expense_claim (organisation_id, person_id);
create index expense_claim_by_status on expense_claim (organisation_id, status);

-- Photos or PDFs of receipts, checked for type and size when uploaded.
create table expense_receipt (
    id              bigint generated always as identity primary key,
    organisation_id bigint      not null,
    expense_id      bigint      not null,
    file_name       text        not null,
    content_type    text        not null check (content_type in ('image/jpeg', 'image/png', 'application/pdf')),
    content         bytea       not null,
    created_at      timestamptz not null default now(),
    foreign key (expense_id, organisation_id) references expense_claim (id, organisation_id)
);
create index expense_receipt_by_expense on expense_receipt (organisation_id, expense_id);

-- An expense goes into one payment run only, like a fee.
create table payment_run_expense (
    expense_id      bigint not null primary key,
    run_id          bigint not null,
    organisation_id bigint not null,
    foreign key (run_id, organisation_id) references payment_run (id, organisation_id),
    foreign key (expense_id, organisation_id) references expense_claim (id, organisation_id)
);
create index payment_run_expense_by_run on payment_run_expense (organisation_id, run_id);

alter table ledger_entry add column expense_id bigint;
alter table ledger_entry drop constraint ledger_entry_kind_check;
alter table ledger_entry add constraint ledger_entry_kind_check check (kind in ('FEE', 'VOUCHER', 'EXPENSE', 'REVERSAL'));
alter table ledger_entry add constraint ledger_entry_pays_one_thing check (kind = 'REVERSAL' or (claim_id is null) <> (expense_id is null));
create unique index ledger_pays_an_expense_once on ledger_entry (expense_id) where kind = 'EXPENSE';
