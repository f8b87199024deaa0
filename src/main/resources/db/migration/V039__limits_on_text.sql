-- The longest text each field takes, as the forms say in their hints and check before saving (see each module's
-- *Limits class or form). The database checks too, so that text which gets past a form, or comes by another way,
-- cannot make a page of a megabyte.
--
-- "not valid": rows saved before these limits keep their text in full. The check applies when a row is added or
-- changed; the form then shows the old text with a message to shorten it, rather than losing any of it.

-- people
alter table person
    add constraint person_full_name_length       check (length(full_name) <= 200) not valid,
    add constraint person_known_as_length        check (length(known_as) <= 100) not valid,
    add constraint person_pronouns_length        check (length(pronouns) <= 50) not valid,
    add constraint person_preferred_terms_length check (length(preferred_terms) <= 500) not valid,
    add constraint person_terms_to_avoid_length  check (length(terms_to_avoid) <= 500) not valid,
    add constraint person_email_length           check (length(email) <= 254) not valid,
    add constraint person_phone_length           check (length(phone) <= 30) not valid,
    add constraint person_postal_address_length  check (length(postal_address) <= 500) not valid,
    add constraint person_contact_notes_length   check (length(contact_notes) <= 1000) not valid,
    add constraint person_interests_length       check (length(interests) <= 2000) not valid,
    add constraint person_access_needs_length    check (length(access_needs_other) <= 1000) not valid;
alter table person_skill
    add constraint person_skill_length check (length(skill) <= 2000) not valid;
alter table person_equality
    add constraint person_gender_description_length check (length(gender_description) <= 100) not valid;
alter table person_benefits
    add constraint person_benefits_note_length check (length(note) <= 1000) not valid;
alter table consent_event
    add constraint consent_event_note_length check (length(note) <= 1000) not valid;
alter table invitation
    add constraint invitation_email_length check (length(email) <= 254) not valid;

-- sessions
alter table coproduction_session
    add constraint session_title_length             check (length(title) <= 150) not valid,
    add constraint session_purpose_length           check (length(purpose) <= 5000) not valid,
    add constraint session_intended_outcomes_length check (length(intended_outcomes) <= 5000) not valid,
    add constraint session_place_length             check (length(place) <= 300) not valid,
    add constraint session_online_link_length       check (length(online_link) <= 2000) not valid,
    add constraint session_no_follow_up_length      check (length(follow_up_skipped_reason) <= 1000) not valid;
alter table agenda_item
    add constraint agenda_item_title_length check (length(title) <= 200) not valid;
alter table session_decision
    add constraint session_decision_text_length check (length(text) <= 2000) not valid;
alter table insight
    add constraint insight_text_length check (length(text) <= 5000) not valid;
alter table session_action
    add constraint session_action_what_length      check (length(what) <= 1000) not valid,
    add constraint session_action_done_note_length check (length(done_note) <= 2000) not valid;
alter table follow_up
    add constraint follow_up_text_length check (length(text) <= 5000) not valid;
alter table access_arrangement
    add constraint access_arrangement_note_length check (length(note) <= 500) not valid;

-- stories
alter table story
    add constraint story_title_length  check (length(title) <= 120) not valid,
    add constraint story_words_length  check (length(words) <= 20000) not valid,
    add constraint story_signed_length check (length(signed) <= 80) not valid;

-- projects
alter table project
    add constraint project_title_length               check (length(title) <= 150) not valid,
    add constraint project_purpose_length             check (length(purpose) <= 10000) not valid,
    add constraint project_outcomes_hoped_length      check (length(outcomes_hoped) <= 10000) not valid,
    add constraint project_outcomes_unintended_length check (length(outcomes_unintended) <= 10000) not valid;
alter table project_ladder
    add constraint project_ladder_why_length check (length(why) <= 2000) not valid;
alter table project_preparation_answer
    add constraint project_answer_length      check (length(answer) <= 5000) not valid,
    add constraint project_answer_note_length check (length(note) <= 5000) not valid;
alter table project_stakeholder
    add constraint project_stakeholder_who_length         check (length(who) <= 150) not valid,
    add constraint project_stakeholder_why_missing_length check (length(why_missing) <= 2000) not valid,
    add constraint project_stakeholder_plan_length        check (length(what_we_will_do) <= 2000) not valid;

-- opportunities
alter table opportunity
    add constraint opportunity_title_length       check (length(title) <= 120) not valid,
    add constraint opportunity_what_length        check (length(what) <= 3000) not valid,
    add constraint opportunity_who_for_length     check (length(who_for) <= 3000) not valid,
    add constraint opportunity_time_needed_length check (length(time_needed) <= 3000) not valid,
    add constraint opportunity_pay_length         check (length(pay) <= 3000) not valid,
    add constraint opportunity_support_length     check (length(support) <= 3000) not valid;
alter table expression_of_interest
    add constraint interest_name_length           check (length(name) <= 100) not valid,
    add constraint interest_email_length          check (length(email) <= 254) not valid,
    add constraint interest_phone_length          check (length(phone) <= 30) not valid,
    add constraint interest_postal_address_length check (length(postal_address) <= 500) not valid,
    add constraint interest_support_needed_length check (length(support_needed) <= 2000) not valid;

-- publishing: drafts and versions alike, as a version is a draft that was published
alter table public_page_draft
    add constraint page_draft_title_length       check (length(title) <= 120) not valid,
    add constraint page_draft_description_length check (length(description) <= 200) not valid,
    add constraint page_draft_body_length        check (length(body) <= 50000) not valid,
    add constraint page_draft_easy_read_length   check (length(easy_read) <= 20000) not valid,
    add constraint page_draft_agreed_by_length   check (length(agreed_by) <= 200) not valid,
    add constraint page_draft_change_note_length check (length(change_note) <= 200) not valid;
alter table public_page_version
    add constraint page_version_title_length       check (length(title) <= 120) not valid,
    add constraint page_version_description_length check (length(description) <= 200) not valid,
    add constraint page_version_body_length        check (length(body) <= 50000) not valid,
    add constraint page_version_easy_read_length   check (length(easy_read) <= 20000) not valid,
    add constraint page_version_agreed_by_length   check (length(agreed_by) <= 200) not valid,
    add constraint page_version_change_note_length check (length(change_note) <= 200) not valid;
alter table organisation
    add constraint organisation_introduction_length   check (length(public_introduction) <= 1000) not valid,
    add constraint organisation_public_phone_length   check (length(public_phone) <= 30) not valid,
    add constraint organisation_postal_address_length check (length(postal_address) <= 500) not valid;
alter table whos_who_entry
    add constraint whos_who_shown_name_length check (length(shown_name) <= 80) not valid,
    add constraint whos_who_role_title_length check (length(role_title) <= 120) not valid,
    add constraint whos_who_words_length      check (length(words) <= 1000) not valid;

-- groups
alter table coproduction_group
    add constraint group_name_length    check (length(name) <= 120) not valid,
    add constraint group_purpose_length check (length(purpose) <= 5000) not valid;
alter table group_terms_version
    add constraint group_terms_text_length check (length(text) <= 50000) not valid;
alter table induction_item
    add constraint induction_item_text_length check (length(text) <= 300) not valid;
alter table champion_record
    add constraint champion_record_what_length check (length(what) <= 300) not valid;

-- writing
alter table glossary_entry
    add constraint glossary_term_length    check (length(term) <= 100) not valid,
    add constraint glossary_meaning_length check (length(meaning) <= 1000) not valid,
    add constraint glossary_plainer_length check (length(plainer) <= 200) not valid;

-- payments (an expense's description has had its limit since V014)
alter table fee_claim
    add constraint fee_claim_query_reason_length check (length(query_reason) <= 1000) not valid;
alter table expense_claim
    add constraint expense_claim_query_reason_length check (length(query_reason) <= 1000) not valid;
alter table ledger_entry
    add constraint ledger_entry_reason_length check (length(reason) <= 1000) not valid;

-- privacy
alter table erasure
    add constraint erasure_reason_length check (length(reason) <= 500) not valid;
