-- An opportunity is written and previewed before anyone outside can see it. Those already saved were public at once.
alter table opportunity add column published_at timestamptz;
update opportunity set published_at = created_at;
drop index opportunity_open;
create index opportunity_open on opportunity (organisation_id, closes_on) where closed_at is null and published_at is not null;
