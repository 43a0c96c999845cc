-- meetings V6 (findings and action plans): contacts have UUID ids, so an action plan's owner is kept
-- as that id (owner_contact_id, a bigint in V2, stays unused for it); the reminders of a plan's
-- ActionPlanProcess are counted and timed here. Portable SQL (H2 2.x and PostgreSQL 15).
alter table mtg_action_plan add column owner_contact_ref varchar(36);
alter table mtg_action_plan add column reminder_count integer default 0 not null;
alter table mtg_action_plan add column last_reminded_at timestamp;
create index mtg_action_plan_owner_ref_ix on mtg_action_plan (owner_contact_ref);
