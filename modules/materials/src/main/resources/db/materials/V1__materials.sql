-- materials: kinds, materials and their versions, files, findings (masked), decisions, and the open
-- review tasks of PublicationApprovalProcess (for "My tasks" and the review list without the engine).
-- Portable to H2 2.x and PostgreSQL.

create table mat_kind (
  code    varchar(40)  not null primary key,
  name_en varchar(100) not null,
  name_bn varchar(100) not null,
  active  boolean      not null
);

insert into mat_kind (code, name_en, name_bn, active) values ('BRIEF', 'Brief', 'সংক্ষিপ্ত বিবরণী', true);
insert into mat_kind (code, name_en, name_bn, active) values ('ISSUE_BRIEF', 'Issue brief', 'বিষয়ভিত্তিক সংক্ষিপ্ত বিবরণী', true);
insert into mat_kind (code, name_en, name_bn, active) values ('BOOKLET', 'Booklet', 'পুস্তিকা', true);
insert into mat_kind (code, name_en, name_bn, active) values ('BADGE', 'Badge', 'ব্যাজ', true);
insert into mat_kind (code, name_en, name_bn, active) values ('BULLETIN', 'Newsletter / bulletin', 'নিউজলেটার / বুলেটিন', true);
insert into mat_kind (code, name_en, name_bn, active) values ('VIDEO', 'Video', 'ভিডিও', true);
insert into mat_kind (code, name_en, name_bn, active) values ('PRESENTATION', 'Presentation', 'উপস্থাপনা', true);
insert into mat_kind (code, name_en, name_bn, active) values ('SOCIAL_POST', 'Social media post', 'সামাজিক মাধ্যমের পোস্ট', true);

create table mat_material (
  id                    varchar(36)   not null primary key,
  campaign_id           varchar(36)   not null,
  kind_code             varchar(40)   not null references mat_kind (code),
  title                 varchar(300)  not null,
  language              varchar(8)    not null,
  author_id             varchar(36)   not null,
  status                varchar(32)   not null,
  current_version       integer       not null,
  last_approved_version integer       not null,
  permalink             varchar(2000),
  published_at          timestamp,
  published_by          varchar(36),
  withdrawn_reason      varchar(1000),
  created_at            timestamp     not null,
  updated_at            timestamp     not null,
  version               bigint        not null
);
create index mat_material_campaign_ix on mat_material (campaign_id, updated_at);
create index mat_material_status_ix on mat_material (status, updated_at);
create index mat_material_kind_ix on mat_material (kind_code, updated_at);
create index mat_material_author_ix on mat_material (author_id);
create index mat_material_updated_ix on mat_material (updated_at);

create table mat_material_meeting (
  material_id varchar(36) not null references mat_material (id),
  meeting_id  varchar(36) not null,
  primary key (material_id, meeting_id)
);
create index mat_material_meeting_ix on mat_material_meeting (meeting_id, material_id);

create table mat_version (
  id           varchar(36)    not null primary key,
  material_id  varchar(36)    not null references mat_material (id),
  number       integer        not null,
  state        varchar(32)    not null,
  review_stage varchar(16)    not null,
  text         varchar(50000),
  content_hash varchar(64)    not null,
  cleared      boolean        not null,
  cleared_note varchar(2000),
  cleared_by   varchar(36),
  cleared_at   timestamp,
  created_at   timestamp      not null,
  submitted_at timestamp,
  purged_at    timestamp
);
create unique index mat_version_number_uq on mat_version (material_id, number);

create table mat_version_editor (
  version_id varchar(36) not null references mat_version (id),
  user_id    varchar(36) not null,
  primary key (version_id, user_id)
);

create table mat_version_file (
  version_id        varchar(36)   not null references mat_version (id),
  file_id           varchar(36)   not null,
  position          integer       not null,
  file_name         varchar(300)  not null,
  content_type      varchar(200)  not null,
  size_bytes        bigint        not null,
  sha256            varchar(64),
  image             boolean       not null,
  metadata_tags     varchar(2000),
  attestation       varchar(32),
  consent_reference varchar(200),
  attested_by       varchar(36),
  attested_at       timestamp,
  primary key (version_id, file_id)
);

create table mat_finding (
  id             varchar(36)   not null primary key,
  version_id     varchar(36)   not null references mat_version (id),
  category       varchar(32)   not null,
  severity       varchar(16)   not null,
  start_pos      integer       not null,
  end_pos        integer       not null,
  masked_excerpt varchar(1000) not null,
  file_id        varchar(36)
);
create index mat_finding_version_ix on mat_finding (version_id);

create table mat_decision (
  id             varchar(36)   not null primary key,
  material_id    varchar(36)   not null references mat_material (id),
  version_number integer       not null,
  kind           varchar(32)   not null,
  actor_id       varchar(36)   not null,
  comment        varchar(2000),
  content_hash   varchar(64)   not null,
  decided_at     timestamp     not null
);
create index mat_decision_material_ix on mat_decision (material_id, decided_at);

-- Open review tasks (one per open user task of PublicationApprovalProcess): clearance offered to
-- the group SAFEGUARDING_LEAD, approval to the candidate users listed in mat_review_candidate.
create table mat_review_task (
  task_id         varchar(64)  not null primary key,
  material_id     varchar(36)  not null references mat_material (id),
  version_number  integer      not null,
  stage           varchar(16)  not null,
  candidate_group varchar(32),
  created_at      timestamp    not null
);
create index mat_review_task_material_ix on mat_review_task (material_id);
create index mat_review_task_group_ix on mat_review_task (candidate_group, created_at);

create table mat_review_candidate (
  task_id varchar(64) not null references mat_review_task (task_id),
  user_id varchar(36) not null,
  primary key (task_id, user_id)
);
create index mat_review_candidate_user_ix on mat_review_candidate (user_id, task_id);
