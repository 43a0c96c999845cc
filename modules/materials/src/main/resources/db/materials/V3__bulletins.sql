-- Bulletins to the network: the approved materials a bulletin includes, each send of a bulletin's approved
-- version to an audience (a background job), and each recipient of a send with its state and outbox mail.
-- Size: 100,000 members per send; the recipients page filters by state and pages in contact order.

create table mat_bulletin_item (
  bulletin_id varchar(36) not null,                     -- the bulletin (a material of kind BULLETIN)
  position    integer     not null,
  material_id varchar(36) not null,                     -- an approved material it includes
  primary key (bulletin_id, position)
);
create index mat_bulletin_item_material_ix on mat_bulletin_item (material_id);

create table mat_bulletin_send (
  id                  varchar(36)  not null primary key,
  material_id         varchar(36)  not null,
  version_number      integer      not null,
  content_hash        varchar(64),
  audience_country    varchar(2),
  audience_category   bigint,
  audience_volunteers boolean,
  audience_language   varchar(2),
  job_id              varchar(36),
  state               varchar(16)  not null,            -- RUNNING | SENT | STOPPED | CANCELLED | FAILED
  matched             bigint       not null,
  queued              bigint       not null,
  skipped             bigint       not null,
  started_by          varchar(36)  not null,
  started_at          timestamp    not null,
  finished_at         timestamp,
  stop_reason         varchar(500),
  version             bigint       not null
);
create index mat_bulletin_send_material_ix on mat_bulletin_send (material_id, started_at);
create index mat_bulletin_send_job_ix on mat_bulletin_send (job_id);

-- One row per member reached by a send (primary key: a resumed job never records or queues a contact twice).
create table mat_bulletin_recipient (
  send_id     varchar(36) not null references mat_bulletin_send (id),
  contact_id  varchar(36) not null,
  member_id   varchar(36),
  state       varchar(24) not null,                     -- QUEUED | SKIPPED_NO_CONSENT | SKIPPED_NO_ADDRESS | SKIPPED_NOT_MEMBER
  outbox_id   varchar(36),
  recorded_at timestamp   not null,
  primary key (send_id, contact_id)
);
create index mat_bulletin_recipient_state_ix on mat_bulletin_recipient (send_id, state, contact_id);
create index mat_bulletin_recipient_contact_ix on mat_bulletin_recipient (contact_id);
