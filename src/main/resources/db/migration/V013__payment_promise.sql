-- How quickly an organisation promises to pay people after a session. Without a row, the promise is 14 days.
create table payment_settings (
    organisation_id      bigint      primary key references organisation (id),
    promise_days         int         not null check (promise_days between 1 and 90),
    updated_by_person_id bigint      not null,
    updated_at           timestamptz not null default now()
);
