-- The day the money really left, as finance says when they mark a run paid: often not the day they click the button.
-- Runs already paid were paid, as far as anyone told us, on the day they were marked.
alter table payment_run add column paid_on date;
update payment_run set paid_on = (paid_at at time zone 'Europe/London')::date where paid_at is not null;
alter table payment_run add constraint payment_run_paid_on_when_paid check ((paid_at is null) = (paid_on is null));
