-- Every table of an organisation's data carries its organisation, so that every query can be scoped to it. A version of
-- an organisation's own framework now does too; versions of built-in frameworks have none, like the frameworks.
alter table assessment_framework_version add column organisation_id bigint references organisation (id);
update assessment_framework_version v set organisation_id = f.organisation_id from assessment_framework f where f.id = v.framework_id;
