-- Sign-in links' tokens are kept only as their SHA-256 hash, in hex as Tokens.hash writes it, so that a copy of the
-- database cannot be used to sign in. Links already emailed keep working.
alter table one_time_tokens alter column token_value type text;
update one_time_tokens set token_value = encode(sha256(convert_to(token_value, 'UTF8')), 'hex');
alter table one_time_tokens rename column token_value to token_hash;
