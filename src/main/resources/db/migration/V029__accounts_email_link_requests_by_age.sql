-- Requests for sign-in links are deleted after an hour, when they no longer count towards the limit.
create index email_link_request_by_age on email_link_request (requested_at);
