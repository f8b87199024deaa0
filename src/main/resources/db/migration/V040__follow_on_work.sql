-- Follow-on work (drafting fee claims when attendance is recorded, for example) is noted in the same transaction as
-- the change that causes it, and done after commit. A note stays until the work is done, so work that failed, or was
-- cut off by a crash, is done again. This is the table of Spring Modulith's event publication registry, as its
-- schema for PostgreSQL (spring-modulith-events-jdbc 2.1, schema v2) defines it.
create table event_publication (
    id                     uuid primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);

create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
