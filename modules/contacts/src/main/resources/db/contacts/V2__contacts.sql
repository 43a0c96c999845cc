-- contacts: people and organisations, their addresses, memberships of organisations, categories, tags,
-- consent per purpose, history, and the staging tables of spreadsheet imports.
-- A contact merged into another keeps its row as a tombstone (merged_into set, personal data cleared),
-- so ids held by other modules still resolve.
create table cnt_contact (
  id                    varchar(36)   not null primary key,
  kind                  varchar(16)   not null,             -- PERSON | ORGANISATION
  name                  varchar(300),                       -- null for a child without a guardian's consent
  search_name           varchar(300),                       -- Names.fold(name): the indexed search column
  blocking_key          varchar(120),                       -- Names.blockingKey(name): similar names share it
  minor                 boolean       not null,
  guardian_consent_at   date,
  district              varchar(100),
  country_code          varchar(2),
  time_zone             varchar(64),
  languages             varchar(20),                        -- "en", "bn" or "en,bn"
  attendance_preference varchar(16),                        -- ON_SITE | ONLINE | null
  notes                 varchar(4000),
  merged_into           varchar(36),
  import_id             varchar(36),
  created_by            varchar(36),
  created_at            timestamp     not null,
  updated_at            timestamp     not null,
  version               bigint        not null
);
create index cnt_contact_search_ix on cnt_contact (search_name);
create index cnt_contact_blocking_ix on cnt_contact (blocking_key);
create index cnt_contact_district_ix on cnt_contact (district);
create index cnt_contact_country_ix on cnt_contact (country_code);
create index cnt_contact_kind_ix on cnt_contact (kind, search_name);
create index cnt_contact_merged_ix on cnt_contact (merged_into);
create index cnt_contact_created_ix on cnt_contact (created_at);

create table cnt_email (
  id          varchar(36)  not null primary key,
  contact_id  varchar(36)  not null references cnt_contact (id),
  address     varchar(320) not null,                        -- as entered (trimmed)
  normalised  varchar(320) not null,                        -- Emails.normalise(address)
  position    integer      not null
);
create unique index cnt_email_normalised_uq on cnt_email (normalised);
create index cnt_email_contact_ix on cnt_email (contact_id);

create table cnt_phone (
  id          varchar(36)  not null primary key,
  contact_id  varchar(36)  not null references cnt_contact (id),
  phone       varchar(40)  not null,                        -- Phones.normalise: ASCII digits, leading + when international
  position    integer      not null
);
create index cnt_phone_contact_ix on cnt_phone (contact_id);
create index cnt_phone_phone_ix on cnt_phone (phone);

create table cnt_affiliation (
  id              varchar(36)  not null primary key,
  person_id       varchar(36)  not null references cnt_contact (id),
  organisation_id varchar(36)  not null references cnt_contact (id),
  title           varchar(200)
);
create unique index cnt_affiliation_uq on cnt_affiliation (person_id, organisation_id);
create index cnt_affiliation_org_ix on cnt_affiliation (organisation_id);

create table cnt_contact_category (
  contact_id  varchar(36) not null references cnt_contact (id),
  category_id bigint      not null references cnt_stakeholder_category (id),
  primary key (contact_id, category_id)
);
create index cnt_contact_category_ix on cnt_contact_category (category_id, contact_id);

create table cnt_tag (
  contact_id varchar(36) not null references cnt_contact (id),
  tag        varchar(60) not null,                          -- lower case, e.g. "guest speaker"
  primary key (contact_id, tag)
);
create index cnt_tag_tag_ix on cnt_tag (tag, contact_id);

-- The current state of consent per purpose; every change also goes to cnt_history.
create table cnt_consent (
  contact_id    varchar(36)  not null references cnt_contact (id),
  purpose       varchar(32)  not null,                      -- MEETING_INVITATIONS | BULLETIN | PHOTOS_RECORDINGS
  granted       boolean      not null,
  lawful_basis  varchar(32)  not null,                      -- CONSENT | LEGITIMATE_INTERESTS | ...
  source        varchar(200) not null,                      -- "import 2026-11-29", "application form", "unsubscribe link"
  recorded_at   timestamp    not null,
  recorded_by   varchar(36),
  primary key (contact_id, purpose)
);
create index cnt_consent_purpose_ix on cnt_consent (purpose, granted);

create table cnt_history (
  id          varchar(36)   not null primary key,
  contact_id  varchar(36)   not null,
  at          timestamp     not null,
  actor_id    varchar(36),
  action      varchar(60)   not null,                       -- created, updated, consent.granted, merged, ...
  details     varchar(2000)                                 -- ids and field names, never personal data
);
create index cnt_history_contact_ix on cnt_history (contact_id, at);

-- Imports: an uploaded file is parsed into staging rows; commit moves the good rows with set-based inserts.
create table cnt_import (
  id           varchar(36)   not null primary key,
  file_id      varchar(36)   not null,
  file_name    varchar(300)  not null,
  format       varchar(8)    not null,                      -- CSV | XLSX
  state        varchar(16)   not null,                      -- UPLOADED | PREVIEWED | COMMITTED | DISCARDED | FAILED
  mapping      varchar(4000),                               -- JSON: target field -> source column index
  headers      varchar(20000),                              -- JSON array of the file's header cells
  total_rows   integer       not null,
  bad_rows     integer       not null,
  skipped_rows integer       not null,
  imported     integer       not null,
  job_id       varchar(36),
  created_by   varchar(36)   not null,
  created_at   timestamp     not null,
  updated_at   timestamp     not null,
  version      bigint        not null
);
create index cnt_import_creator_ix on cnt_import (created_by, created_at);

create table cnt_import_row (
  import_id    varchar(36)   not null,
  row_no       integer       not null,                      -- 1-based row of the file (header is row 1)
  status       varchar(16)   not null,                      -- OK | BAD | DUPLICATE | SUPPRESSED
  problem      varchar(1000),                               -- "column 'email': not an e-mail address"
  contact_id   varchar(36),                                 -- the id the row becomes on commit
  kind         varchar(16),
  name         varchar(300),
  search_name  varchar(300),
  blocking_key varchar(120),
  email        varchar(320),
  email_norm   varchar(320),
  phone        varchar(40),
  organisation varchar(300),
  title        varchar(200),
  category_id  bigint,
  district     varchar(100),
  country_code varchar(2),
  time_zone    varchar(64),
  languages    varchar(20),
  tags         varchar(500),
  notes        varchar(4000),
  consent_bulletin    boolean,
  consent_invitations boolean,
  primary key (import_id, row_no)
);
create index cnt_import_row_status_ix on cnt_import_row (import_id, status, row_no);
create index cnt_import_row_email_ix on cnt_import_row (import_id, email_norm);
