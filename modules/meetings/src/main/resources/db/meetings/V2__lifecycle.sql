-- meetings V2: campaigns with members, templates, the step-status table the board and My tasks read,
-- invitees, attendance, breakout groups, findings, action plans, recommendations, speakers, past
-- meetings. Portable SQL (H2 2.x and PostgreSQL 15).

-- Campaigns: mission, vision, dates; who organises and supervises each. A campaign "open to all"
-- (the foundation's default one) counts every organiser and supervisor as a member, so the meetings
-- made before campaigns had members carry over unchanged.
alter table mtg_campaign add column mission varchar(2000);
alter table mtg_campaign add column vision varchar(2000);
alter table mtg_campaign add column starts_on date;
alter table mtg_campaign add column ends_on date;
alter table mtg_campaign add column open_to_all boolean default false not null;
update mtg_campaign set open_to_all = true where id = '00000000-0000-0000-0000-000000000001';

create table mtg_campaign_member (
  campaign_id varchar(36) not null references mtg_campaign (id),
  user_id     varchar(36) not null,
  role        varchar(20) not null, -- ORGANISER or SUPERVISOR
  added_at    timestamp   not null,
  primary key (campaign_id, user_id, role)
);
create index mtg_campaign_member_user_ix on mtg_campaign_member (user_id);

-- Templates: agenda and breakout themes as JSON arrays, deadlines as a JSON object step -> days.
create table mtg_template (
  id                    varchar(36)   not null primary key,
  code                  varchar(40)   not null,
  name                  varchar(200)  not null,
  name_bn               varchar(200),
  expected_participants integer       not null,
  speakers_count        integer       not null,
  duration_minutes      integer       not null,
  agenda                varchar(8000) not null,
  themes                varchar(8000) not null,
  deadlines             varchar(2000) not null,
  active                boolean       default true not null,
  updated_by            varchar(36),
  updated_at            timestamp     not null,
  version               bigint        not null
);
create unique index mtg_template_code_uq on mtg_template (code);

-- Meetings: template, kind, the deadlines copied from the template when scheduled, room capacity,
-- status (ACTIVE, CANCELLED, COMPLETED, HISTORICAL for a recorded past meeting), and what a past
-- meeting records instead of a process.
alter table mtg_meeting add column template_id varchar(36);
alter table mtg_meeting add column kind varchar(40) default 'stakeholder' not null;
alter table mtg_meeting add column deadlines varchar(2000);
alter table mtg_meeting add column room_capacity integer;
alter table mtg_meeting add column status varchar(20) default 'ACTIVE' not null;
alter table mtg_meeting add column cancel_reason varchar(2000);
alter table mtg_meeting add column cancelled_at timestamp;
alter table mtg_meeting add column cancelled_by varchar(36);
alter table mtg_meeting add column audience varchar(1000);
alter table mtg_meeting add column mode varchar(20); -- ONSITE, ONLINE, HYBRID
alter table mtg_meeting add column times_known boolean default true not null;
alter table mtg_meeting add column attendance_total integer;
alter table mtg_meeting add column attendance_unit varchar(20); -- PERSONS or ORGANISATIONS
alter table mtg_meeting add column groups_planned integer;
alter table mtg_meeting add column groups_held integer;
alter table mtg_meeting add column external_ref varchar(100); -- e.g. demo:SM1, for idempotent loads
alter table mtg_meeting alter column audience_category_id drop not null;
create index mtg_meeting_status_ix on mtg_meeting (status, starts_at);
create unique index mtg_meeting_external_uq on mtg_meeting (campaign_id, external_ref);

-- Further audience categories of a meeting (a past meeting may have several).
create table mtg_meeting_category (
  meeting_id  varchar(36) not null references mtg_meeting (id),
  category_id bigint      not null,
  primary key (meeting_id, category_id)
);

-- One row per step of a meeting that has opened: kept current by the process (opened, completed,
-- cancelled, due date moved); the board and My tasks read only this table.
create table mtg_step_status (
  meeting_id   varchar(36) not null references mtg_meeting (id),
  step         varchar(64) not null,
  campaign_id  varchar(36) not null,
  state        varchar(20) not null, -- OPEN, DONE, CANCELLED
  task_id      varchar(64),
  assignee_id  varchar(36),
  candidate_role varchar(20),
  due_at       timestamp   not null,
  short_notice boolean     default false not null,
  opened_at    timestamp   not null,
  completed_at timestamp,
  reminded_at  timestamp,
  primary key (meeting_id, step)
);
create index mtg_step_status_campaign_ix on mtg_step_status (campaign_id, state, due_at);
create index mtg_step_status_assignee_ix on mtg_step_status (assignee_id, state, due_at);
create index mtg_step_status_due_ix on mtg_step_status (state, due_at);
create index mtg_step_status_task_ix on mtg_step_status (task_id);

-- Who an open approval step is offered to (supervisors of the campaign who did not edit the work).
create table mtg_step_candidate (
  meeting_id varchar(36) not null,
  step       varchar(64) not null,
  user_id    varchar(36) not null,
  primary key (meeting_id, step, user_id)
);
create index mtg_step_candidate_user_ix on mtg_step_candidate (user_id);

-- Invitees chosen at the invitations step (ids only; the invitations issue sends and tracks answers).
create table mtg_invitee (
  meeting_id varchar(36) not null references mtg_meeting (id),
  contact_id bigint      not null,
  kind       varchar(20) not null, -- SPEAKER or PARTICIPANT
  topic      varchar(500),
  status     varchar(20) default 'CHOSEN' not null,
  added_by   varchar(36) not null,
  added_at   timestamp   not null,
  primary key (meeting_id, contact_id)
);
create index mtg_invitee_contact_ix on mtg_invitee (contact_id);

-- Speakers of a meeting (planned or past): one row per speaking slot, a contact per person.
create table mtg_speaker (
  id           bigint generated by default as identity primary key,
  meeting_id   varchar(36)  not null references mtg_meeting (id),
  contact_id   bigint       not null,
  role         varchar(20)  not null, -- SPEAKER, CHAIR, HOST, WELCOME
  topic        varchar(1000),
  joined       varchar(20)  not null, -- ONSITE, ONLINE, UNKNOWN
  country_code varchar(2),
  position     integer      not null
);
create index mtg_speaker_meeting_ix on mtg_speaker (meeting_id, position);
create index mtg_speaker_contact_ix on mtg_speaker (contact_id);

-- Attendance. A check-in carries a client key (the tap's id), unique per meeting, so a retried tap
-- never counts twice; an invitee checks in once. Walk-ins are contacts too.
create table mtg_attendee (
  id          bigint generated by default as identity primary key,
  meeting_id  varchar(36)  not null references mtg_meeting (id),
  contact_id  bigint,
  category_id bigint,
  gender      varchar(20),
  age_band    varchar(20),
  walk_in     boolean      default false not null,
  volunteer   boolean      default false not null,
  client_key  varchar(64)  not null,
  checked_in_by varchar(36) not null,
  checked_in_at timestamp  not null
);
create unique index mtg_attendee_key_uq on mtg_attendee (meeting_id, client_key);
create index mtg_attendee_contact_ix on mtg_attendee (meeting_id, contact_id);

-- Children at a meeting: a headcount by age band, never names.
create table mtg_child_headcount (
  meeting_id varchar(36) not null references mtg_meeting (id),
  age_band   varchar(20) not null,
  headcount  integer     not null,
  primary key (meeting_id, age_band)
);

-- A note when check-ins went over the room capacity.
create table mtg_capacity_note (
  meeting_id varchar(36)   not null primary key references mtg_meeting (id),
  note       varchar(2000) not null,
  noted_by   varchar(36)   not null,
  noted_at   timestamp     not null
);

-- Breakout groups: theme, facilitator and rapporteur (attendee ids), challenges as text.
create table mtg_breakout_group (
  id             bigint generated by default as identity primary key,
  meeting_id     varchar(36)   not null references mtg_meeting (id),
  position       integer       not null,
  theme_code     varchar(10)   not null,
  theme          varchar(1000),
  facilitator_id bigint,
  rapporteur_id  bigint,
  challenges     varchar(8000),
  held           boolean       default true not null
);
create unique index mtg_breakout_group_pos_uq on mtg_breakout_group (meeting_id, position);

create table mtg_group_member (
  group_id    bigint  not null references mtg_breakout_group (id),
  attendee_id bigint  not null,
  pinned      boolean default false not null,
  primary key (group_id, attendee_id)
);
create unique index mtg_group_member_attendee_uq on mtg_group_member (attendee_id);

-- Action plans: each runs in its own ActionPlanProcess until closed with an outcome.
create table mtg_action_plan (
  id               varchar(36)   not null primary key,
  meeting_id       varchar(36)   not null references mtg_meeting (id),
  campaign_id      varchar(36)   not null,
  group_id         bigint,
  action           varchar(2000) not null,
  owner_contact_id bigint,
  owner_name       varchar(300),
  due_on           date,
  status           varchar(20)   not null, -- OPEN, CLOSED
  outcome          varchar(2000),
  closed_at        timestamp,
  closed_by        varchar(36),
  created_by       varchar(36)   not null,
  created_at       timestamp     not null,
  version          bigint        not null
);
create index mtg_action_plan_open_ix on mtg_action_plan (campaign_id, status, due_on);
create index mtg_action_plan_meeting_ix on mtg_action_plan (meeting_id);
create index mtg_action_plan_owner_ix on mtg_action_plan (owner_contact_id);

-- Recommendations for the campaign recorded at a meeting.
create table mtg_recommendation (
  id         bigint generated by default as identity primary key,
  meeting_id varchar(36)   not null references mtg_meeting (id),
  kind       varchar(20)   not null, -- DEMAND or GOOD_PRACTICE
  text       varchar(4000) not null,
  position   integer       not null
);
create index mtg_recommendation_meeting_ix on mtg_recommendation (meeting_id, position);

-- Overdue reminders and the supervisors' daily digest: one row per digest sent (per day and user).
create table mtg_digest_sent (
  user_id varchar(36) not null,
  digest_day date      not null,
  sent_at timestamp   not null,
  primary key (user_id, digest_day)
);
