-- The tokens in invitation emails' reply links are kept only as their SHA-256 hash, in hex as Tokens.hash writes it,
-- so that a copy of the database cannot be used to reply for anyone. As a token cannot be read back, each email about
-- an invitation (invitation, change, reminder) carries a token of its own; all of them keep working.
create table session_reply_token (
    token_hash      text        primary key,
    organisation_id bigint      not null,
    invitation_id   bigint      not null references session_invitation (id) on delete cascade,
    created_at      timestamptz not null default now()
);
create index session_reply_token_by_invitation on session_reply_token (invitation_id);

-- Links already emailed keep working.
insert into session_reply_token (token_hash, organisation_id, invitation_id, created_at)
select encode(sha256(convert_to(reply_token, 'UTF8')), 'hex'), organisation_id, id, invited_at from session_invitation;

alter table session_invitation drop column reply_token;
