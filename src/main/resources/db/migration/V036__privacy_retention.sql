-- How long each organisation keeps each kind of personal data that Coproduce can remove on its own. No row means the
-- kind's default; a row with no months means keep it until someone erases it.
create table retention_setting (
    organisation_id bigint  not null references organisation (id),
    kind            text    not null,
    keep_months     integer check (keep_months between 1 and 240),
    primary key (organisation_id, kind)
);
