-- meetings V4: the seeded meeting templates (stakeholder meeting, campaign meeting, online launch) with the
-- issue's default agenda, breakout themes A/B/C and step deadlines (concept note T-21, approval T-18,
-- invitations T-14, logistics T-7, report T+3, post T+5; the other steps as StepDeadlines.defaults()).
-- Agenda items: minutes, item, responsible; the agenda fits in duration_minutes. Portable SQL.

insert into mtg_template (id, code, name, name_bn, expected_participants, speakers_count, duration_minutes, agenda, themes, deadlines, active, updated_by, updated_at, version) values (
  '00000000-0000-0000-0000-000000000101', 'stakeholder', 'Stakeholder meeting', 'স্টেকহোল্ডার সভা', 40, 2, 180,
  '[{"minutes":10,"item":"Welcome address","responsible":"Chair"},{"minutes":15,"item":"Introductions","responsible":"All participants"},{"minutes":15,"item":"Overview of the project","responsible":"Project coordinator"},{"minutes":40,"item":"Guest speeches (on site or online)","responsible":"Guest speakers"},{"minutes":45,"item":"Breakout session","responsible":"Group facilitators"},{"minutes":30,"item":"Group presentations in plenary","responsible":"Group rapporteurs"},{"minutes":15,"item":"Orientation on the campaign","responsible":"Campaign coordinator"},{"minutes":10,"item":"Vote of thanks","responsible":"Organiser"}]',
  '[{"code":"A","theme":"Prevention of child sexual abuse, exploitation and trafficking"},{"code":"B","theme":"Access to child protection for victims"},{"code":"C","theme":"Reintegration of child victims"}]',
  '{"WRITE_CONCEPT_NOTE":-21,"APPROVE_CONCEPT_NOTE":-18,"INVITE_SPEAKERS":-14,"PREPARE_LOGISTICS":-7,"RECORD_ATTENDANCE":0,"ASSIGN_BREAKOUT_GROUPS":0,"RECORD_FINDINGS":1,"WRITE_REPORT":3,"REVIEW_REPORT":4,"DRAFT_SOCIAL_POST":5,"MARK_POST_HANDLED":6}',
  true, null, current_timestamp, 1);
insert into mtg_template (id, code, name, name_bn, expected_participants, speakers_count, duration_minutes, agenda, themes, deadlines, active, updated_by, updated_at, version) values (
  '00000000-0000-0000-0000-000000000102', 'campaign', 'Campaign meeting', 'ক্যাম্পেইন সভা', 85, 3, 195,
  '[{"minutes":10,"item":"Welcome address","responsible":"Chair"},{"minutes":20,"item":"Introductions","responsible":"All participants"},{"minutes":15,"item":"Overview of the project","responsible":"Project coordinator"},{"minutes":45,"item":"Guest speeches (on site or online)","responsible":"Guest speakers"},{"minutes":45,"item":"Breakout session","responsible":"Group facilitators"},{"minutes":30,"item":"Group presentations in plenary","responsible":"Group rapporteurs"},{"minutes":20,"item":"Orientation on the campaign","responsible":"Campaign coordinator"},{"minutes":10,"item":"Vote of thanks","responsible":"Organiser"}]',
  '[{"code":"A","theme":"Prevention of child sexual abuse, exploitation and trafficking"},{"code":"B","theme":"Access to child protection for victims"},{"code":"C","theme":"Reintegration of child victims"}]',
  '{"WRITE_CONCEPT_NOTE":-21,"APPROVE_CONCEPT_NOTE":-18,"INVITE_SPEAKERS":-14,"PREPARE_LOGISTICS":-7,"RECORD_ATTENDANCE":0,"ASSIGN_BREAKOUT_GROUPS":0,"RECORD_FINDINGS":1,"WRITE_REPORT":3,"REVIEW_REPORT":4,"DRAFT_SOCIAL_POST":5,"MARK_POST_HANDLED":6}',
  true, null, current_timestamp, 1);
insert into mtg_template (id, code, name, name_bn, expected_participants, speakers_count, duration_minutes, agenda, themes, deadlines, active, updated_by, updated_at, version) values (
  '00000000-0000-0000-0000-000000000103', 'online-launch', 'Online launch', 'অনলাইন উদ্বোধন', 60, 4, 120,
  '[{"minutes":5,"item":"Welcome address","responsible":"Chair"},{"minutes":10,"item":"Introductions","responsible":"Host"},{"minutes":15,"item":"Overview of the project","responsible":"Project coordinator"},{"minutes":60,"item":"Guest speeches (online)","responsible":"Guest speakers"},{"minutes":20,"item":"Orientation on the campaign","responsible":"Campaign coordinator"},{"minutes":5,"item":"Vote of thanks","responsible":"Organiser"}]',
  '[]',
  '{"WRITE_CONCEPT_NOTE":-21,"APPROVE_CONCEPT_NOTE":-18,"INVITE_SPEAKERS":-14,"PREPARE_LOGISTICS":-7,"RECORD_ATTENDANCE":0,"ASSIGN_BREAKOUT_GROUPS":0,"RECORD_FINDINGS":1,"WRITE_REPORT":3,"REVIEW_REPORT":4,"DRAFT_SOCIAL_POST":5,"MARK_POST_HANDLED":6}',
  true, null, current_timestamp, 1);

-- Invitees: contacts are identified by a text id (varchar(36), as in the contacts module), not a number.
-- The table is new with V2 and nothing wrote to it before this version: recreate it with the right type.
drop table mtg_invitee;
create table mtg_invitee (
  meeting_id varchar(36) not null references mtg_meeting (id),
  contact_id varchar(36) not null,
  kind       varchar(20) not null, -- SPEAKER or PARTICIPANT
  topic      varchar(500),
  status     varchar(20) default 'CHOSEN' not null,
  added_by   varchar(36) not null,
  added_at   timestamp   not null,
  primary key (meeting_id, contact_id)
);
create index mtg_invitee_contact_ix on mtg_invitee (contact_id);
