-- An erased person stays as a row, so that what must be kept (payments) still adds up, with no name or details.
alter table person add column erased_at timestamptz;
