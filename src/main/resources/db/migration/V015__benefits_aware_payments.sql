-- Benefits-aware payments. Fees count as earnings for benefits with an earnings rule; repaid expenses do not.

-- A year's figure for a benefit's earnings rule, added or corrected by an organisation. Public figures ship with
-- Coproduce in benefits/public-limits.csv; a row here wins over the file for the same rule and tax year.
create table benefit_limit (
    id                   bigint generated always as identity primary key,
    organisation_id      bigint      not null references organisation (id),
    rule                 text        not null,
    -- the tax year by the calendar year it starts in: 2026 is 6 April 2026 to 5 April 2027
    tax_year             int         not null check (tax_year between 2000 and 2100),
    limit_pence          bigint      not null check (limit_pence >= 0),
    taper_percent        int         check (taper_percent between 1 and 100),
    source               text        not null,
    created_by_person_id bigint      not null,
    created_at           timestamptz not null default now(),
    unique (organisation_id, rule, tax_year)
);

-- The earnings rule of a benefit a person chose to tell us they get, with their own limit when it differs. Special
-- category data: only the person and coordinators see it. (Which benefits they get, in general, is in the register.)
create table person_earnings_rule (
    organisation_id       bigint      not null,
    person_id             bigint      not null,
    rule                  text        not null,
    -- their own limit when it differs from the usual one (for example no work allowance), in pence
    own_limit_pence       bigint      check (own_limit_pence >= 0),
    -- the day their benefit week starts (1 Monday to 7 Sunday), or the day of the month their assessment period starts
    period_starts         int         not null default 1 check (period_starts between 1 and 28),
    recorded_by_person_id bigint      not null,
    recorded_at           timestamptz not null default now(),
    primary key (person_id, rule),
    foreign key (person_id, organisation_id) references person (id, organisation_id)
);

-- A person's informed choice about a fee that would go over a benefit's limit, recorded before it can be approved.
-- The latest row for a claim counts; earlier ones stay as the record of what was asked and answered.
create table benefit_choice (
    id                    bigint generated always as identity primary key,
    organisation_id       bigint      not null,
    claim_id              bigint      not null,
    choice                text        not null check (choice in ('FULL', 'SMALLER', 'NO_FEE')),
    fee_before_pence      bigint      not null,
    fee_after_pence       bigint      not null,
    -- what they were told, in the words shown to them
    told                  text        not null,
    recorded_by_person_id bigint      not null,
    on_their_behalf       boolean     not null,
    recorded_at           timestamptz not null default now(),
    foreign key (claim_id, organisation_id) references fee_claim (id, organisation_id)
);
create index benefit_choice_by_claim on benefit_choice (organisation_id, claim_id, id desc);
