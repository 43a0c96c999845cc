-- meetings V8: invitations (issue 6). An invitee chosen at the invitations step gets an invitation id (the
-- subject of its signed answer link) when it is sent; its answer, place on the waiting list, calendar SEQUENCE
-- and the last mail sent to it live on the same row. Every answer is also logged (mtg_invitation_answer) and
-- marked when the invitation process has been told (correlated_at). Colleagues suggested by speakers are
-- personal data (erasable). Portable SQL (H2 2.x and PostgreSQL 15): one column per statement.

alter table mtg_invitee add column invitation_id varchar(36);
alter table mtg_invitee add column length_minutes integer;
alter table mtg_invitee add column answer_mode varchar(20);      -- ON_SITE or ONLINE, once accepted
alter table mtg_invitee add column reason varchar(1000);         -- the decline reason they gave (personal data)
alter table mtg_invitee add column invited_at timestamp;
alter table mtg_invitee add column answered_at timestamp;
alter table mtg_invitee add column waiting_since timestamp;      -- on the waiting list since (its order)
alter table mtg_invitee add column ics_sequence integer default 0 not null;
alter table mtg_invitee add column confirmed boolean default false not null; -- a METHOD:REQUEST went out
alter table mtg_invitee add column not_sent_reason varchar(30);  -- NO_ADDRESS, NO_CONSENT, MINOR
alter table mtg_invitee add column last_mail_id varchar(36);     -- outbox id of the last mail to them
alter table mtg_invitee add column last_mail_kind varchar(30);   -- INVITATION, REMINDER, CONFIRMATION, ...
alter table mtg_invitee add column bio_file_id varchar(36);
alter table mtg_invitee add column slides_file_id varchar(36);
alter table mtg_invitee add column row_version bigint default 0 not null;
create unique index mtg_invitee_invitation_ux on mtg_invitee (invitation_id);
create index mtg_invitee_status_ix on mtg_invitee (meeting_id, status, waiting_since);

create table mtg_invitation_answer (
  id            varchar(36)  not null primary key,
  invitation_id varchar(36)  not null,
  meeting_id    varchar(36)  not null references mtg_meeting (id),
  answer        varchar(20)  not null, -- ACCEPT_ON_SITE, ACCEPT_ONLINE, DECLINE, DELEGATE, WITHDRAWN
  outcome       varchar(20)  not null, -- the invitee's status after it: ACCEPTED, WAITING, DECLINED, DELEGATED, ...
  reason        varchar(1000),
  answered_at   timestamp    not null,
  correlated_at timestamp              -- when the invitation process was told (null: not yet)
);
create index mtg_invitation_answer_inv_ix on mtg_invitation_answer (invitation_id, answered_at);
create index mtg_invitation_answer_todo_ix on mtg_invitation_answer (correlated_at);

create table mtg_speaker_suggestion (
  id            varchar(36)   not null primary key,
  meeting_id    varchar(36)   not null references mtg_meeting (id),
  invitation_id varchar(36)   not null, -- the invitation of the speaker who suggested
  name          varchar(200)  not null,
  email         varchar(320),
  organisation  varchar(300),
  note          varchar(1000),
  status        varchar(20)   not null, -- OPEN, INVITED, DISMISSED, ERASED
  contact_id    varchar(36),            -- the contact made when invited
  created_at    timestamp     not null,
  closed_at     timestamp,
  closed_by     varchar(36)
);
create index mtg_speaker_suggestion_mtg_ix on mtg_speaker_suggestion (meeting_id, status);
create index mtg_speaker_suggestion_inv_ix on mtg_speaker_suggestion (invitation_id);

-- Mails sent for an invitation, at most one per (invitation, kind, calendar sequence): a retried
-- process job or a second call finds its row and sends nothing again.
create table mtg_invitation_mail (
  invitation_id varchar(36)  not null,
  kind          varchar(30)  not null, -- INVITATION, REMINDER, CONFIRMATION, WAITING, PROMOTED, DAY_BEFORE, UPDATE, CANCELLATION
  ics_sequence  integer      not null,
  mail_id       varchar(36)  not null, -- outbox id
  sent_at       timestamp    not null,
  primary key (invitation_id, kind, ics_sequence)
);
