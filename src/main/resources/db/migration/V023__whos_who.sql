-- Who's who: people in the partnership who agreed to be named in public, with the name, words and photo they chose.
-- An entry shows only while the person's consent to their name being shown stands; the photo, only while they choose
-- to show it (a choice about this photo on this page, not their consent to photographs in general).
create table whos_who_entry (
    person_id       bigint      not null,
    organisation_id bigint      not null,
    shown_name      text        not null,
    role_title      text,
    words           text,
    photo           bytea,
    photo_type      text,
    show_photo      boolean     not null default false,
    updated_at      timestamptz not null default now(),
    updated_by      bigint      not null,
    primary key (person_id),
    foreign key (person_id, organisation_id) references person (id, organisation_id),
    check ((photo is null) = (photo_type is null))
);
create index whos_who_entry_by_organisation on whos_who_entry (organisation_id);
