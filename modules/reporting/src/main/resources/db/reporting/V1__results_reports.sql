-- reporting: campaign results reports — the draft (content as JSON), who edited it, its data to check and
-- their resolutions, its recommendations, the decisions (submitted, approved, changes requested, each with
-- the content hash), the approved version archived unchanged (DOCX and HTML in English and Bangla, the
-- content JSON, its SHA-256) and the redactions a later erasure made. Portable to H2 2.x and PostgreSQL.

create table rpt_report (
  id           varchar(36)   not null primary key,
  campaign_id  varchar(36)   not null,
  period_from  date          not null,
  period_to    date          not null,
  state        varchar(16)   not null,             -- GENERATING | DRAFT | IN_REVIEW | APPROVED | FAILED
  job_id       varchar(36),
  created_by   varchar(36)   not null,
  created_at   timestamp     not null,
  content      text,                               -- the current draft's ReportContent as JSON
  content_hash varchar(64),                        -- SHA-256 of content (the draft's)
  error        varchar(2000),
  approved_by  varchar(36),
  approved_at  timestamp,
  version      integer       not null              -- optimistic lock
);
create index rpt_report_campaign_ix on rpt_report (campaign_id, created_at);
create index rpt_report_state_ix on rpt_report (state);

create table rpt_report_editor (
  report_id  varchar(36) not null references rpt_report (id),
  user_id    varchar(36) not null,
  what       varchar(32) not null,                 -- generate | regenerate | resolve | recommendations
  at         timestamp   not null,
  primary key (report_id, user_id, what)
);

create table rpt_check (
  report_id   varchar(36)   not null references rpt_report (id),
  check_key   varchar(300)  not null,
  kind        varchar(40)   not null,
  found       varchar(2000) not null,
  note        varchar(2000),
  resolved_by varchar(36),
  resolved_at timestamp,
  present     boolean       not null,              -- false: no longer found after a regeneration
  primary key (report_id, check_key)
);

create table rpt_recommendation (
  report_id varchar(36)   not null references rpt_report (id),
  position  integer       not null,
  text      varchar(4000) not null,
  primary key (report_id, position)
);

create table rpt_decision (
  id           varchar(36)   not null primary key,
  report_id    varchar(36)   not null references rpt_report (id),
  kind         varchar(24)   not null,             -- SUBMITTED | APPROVED | CHANGES_REQUESTED
  comment      varchar(2000),
  decided_by   varchar(36)   not null,
  decided_at   timestamp     not null,
  content_hash varchar(64)   not null
);
create index rpt_decision_report_ix on rpt_decision (report_id, decided_at);

create table rpt_archive (
  report_id    varchar(36) not null primary key references rpt_report (id),
  docx_en      bytea       not null,
  docx_bn      bytea       not null,
  html_en      text        not null,
  html_bn      text        not null,
  content      text        not null,
  content_hash varchar(64) not null,
  archived_at  timestamp   not null
);

create table rpt_redaction (
  id           varchar(36)  not null primary key,
  report_id    varchar(36)  not null references rpt_report (id),
  reason       varchar(200) not null,
  replacements integer      not null,
  hash_before  varchar(64)  not null,
  hash_after   varchar(64)  not null,
  at           timestamp    not null
);
create index rpt_redaction_report_ix on rpt_redaction (report_id, at);
