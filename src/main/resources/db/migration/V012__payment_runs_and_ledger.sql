-- Payment runs: a finance user gathers approved claims into a run, exports it for the finance system, then marks it paid.
create table payment_run (
    id                    bigint generated always as identity primary key,
    organisation_id       bigint      not null references organisation (id),
    created_by_person_id  bigint      not null,
    created_at            timestamptz not null default now(),
    paid_at               timestamptz,
    paid_by_person_id     bigint,
    unique (id, organisation_id)
);

-- A claim goes into one run only: the primary key stops two runs made at once from both taking it.
create table payment_run_claim (
    claim_id        bigint not null primary key,
    run_id          bigint not null,
    organisation_id bigint not null,
    foreign key (run_id, organisation_id) references payment_run (id, organisation_id),
    foreign key (claim_id, organisation_id) references fee_claim (id, organisation_id)
);
create index payment_run_claim_by_run on payment_run_claim (organisation_id, run_id);

-- The ledger: every payment and every correction, in pence, never changed or deleted. A mistake is put right by a
-- reversal that points at the entry it reverses, with a reason.
create table ledger_entry (
    id                   bigint generated always as identity primary key,
    organisation_id      bigint      not null references organisation (id),
    person_id            bigint      not null,
    claim_id             bigint,
    run_id               bigint,
    kind                 text        not null check (kind in ('FEE', 'VOUCHER', 'REVERSAL')),
    amount_pence         bigint      not null,
    reason               text,
    reverses_entry_id    bigint unique references ledger_entry (id),
    created_by_person_id bigint      not null,
    created_at           timestamptz not null default now(),
    foreign key (person_id, organisation_id) references person (id, organisation_id),
    check ((kind = 'REVERSAL') = (reverses_entry_id is not null)),
    check (kind <> 'REVERSAL' or reason is not null)
);
-- The same claim is never paid twice, whatever the timing.
create unique index ledger_pays_a_claim_once on ledger_entry (claim_id) where kind in ('FEE', 'VOUCHER');
create index ledger_entry_by_person on ledger_entry (organisation_id, person_id, created_at);

create function ledger_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'The ledger is append-only: correct a mistake with a reversal';
end;
$$;
create trigger ledger_entry_never_changes before update or delete on ledger_entry
    for each row execute function ledger_is_append_only();
