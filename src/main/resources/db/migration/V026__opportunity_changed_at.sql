-- When an opportunity was last changed, so that publishing a draft publishes the words the coordinator previewed.
alter table opportunity add column updated_at timestamptz not null default now();
