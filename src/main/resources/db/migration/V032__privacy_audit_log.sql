-- The audit log: who looked at special category data, and who changed people, consents, roles and money; when, from
-- where, and for a change what it was before and after. Nothing in it is ever changed or deleted, except by the two
-- jobs that must: retention removes entries older than the organisation keeps them, and erasure removes what was said
-- about a person who asked to be forgotten. Both say so for their own transaction only.
create table audit_event (
    id                bigserial   primary key,
    organisation_id   bigint      not null references organisation (id),
    happened_at       timestamptz not null default now(),
    actor_account_id  bigint,
    actor_person_id   bigint,
    actor_name        text        not null,
    action            text        not null check (action in ('VIEWED', 'ADDED', 'CHANGED', 'REMOVED', 'EXPORTED')),
    topic             text        not null,
    person_id         bigint,
    person_name       text,
    detail            text        not null,
    before            jsonb,
    after             jsonb,
    client_address    text
);
create index audit_event_by_time on audit_event (organisation_id, happened_at desc, id desc);
create index audit_event_by_person on audit_event (organisation_id, person_id, happened_at desc);
create index audit_event_by_actor on audit_event (organisation_id, actor_person_id, happened_at desc);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    if coalesce(current_setting('coproduce.audit_maintenance', true), '') <> 'on' then
        raise exception 'The audit log is append-only';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end;
$$;

create trigger audit_event_never_changes before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
