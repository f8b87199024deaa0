-- Evidence uploaded with a rating: a PDF, a Word document or a photo, checked for type and size, seen only within the
-- organisation.
create table assessment_evidence_file (
    id              bigint generated always as identity primary key,
    round_id        bigint      not null,
    organisation_id bigint      not null,
    person_id       bigint      not null,
    indicator_code  text        not null,
    file_name       text        not null,
    content_type    text        not null,
    content         bytea       not null,
    created_at      timestamptz not null default now(),
    foreign key (round_id, person_id) references assessment_rater (round_id, person_id),
    foreign key (person_id, organisation_id) references person (id, organisation_id)
);
create index assessment_evidence_file_by_round on assessment_evidence_file (organisation_id, round_id, indicator_code);
