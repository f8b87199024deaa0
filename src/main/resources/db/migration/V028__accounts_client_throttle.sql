-- Failed password sign-ins per client (its internet address, or its network for IPv6), whatever email addresses they
-- were for, to slow down trying a few passwords on each of many addresses.
create table sign_in_client_throttle (
    client_key       text primary key,
    failures         int         not null,
    first_failure_at timestamptz not null,
    locked_until     timestamptz
);

-- Counts are deleted once they can no longer lock anything, oldest first.
create index sign_in_client_throttle_by_age on sign_in_client_throttle (first_failure_at);
create index sign_in_throttle_by_age on sign_in_throttle (first_failure_at);
