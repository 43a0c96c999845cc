-- materials V2 (safeguarding concerns): a concern about a material or a meeting, raised by a user,
-- told to the safeguarding leads, referred (structured fields only) and closed with an outcome.
-- No column is meant for a child's details: the summary, note and outcome are checked for them.
-- Portable SQL (H2 2.x and PostgreSQL 15).
create table mat_concern (
  id                    varchar(36)   not null primary key,
  subject_kind          varchar(20)   not null, -- MATERIAL or MEETING
  subject_id            varchar(36)   not null,
  subject_title         varchar(300)  not null,
  campaign_id           varchar(36),
  kind                  varchar(20)   not null, -- CONTENT_CONCERN or DISCLOSURE
  state                 varchar(20)   not null, -- RAISED, REFERRED, CLOSED
  summary               varchar(1000) not null,
  raised_by             varchar(36)   not null,
  raised_at             timestamp     not null,
  item_withdrawn        boolean       default false not null,
  referral_target       varchar(30),            -- CHILD_HELPLINE_1098, POLICE, PARTNER_ORGANISATION, NOT_REFERRED
  referral_organisation varchar(200),
  referral_reference    varchar(100),
  referred_on           date,
  referral_note         varchar(1000),
  referred_by           varchar(36),
  referred_at           timestamp,
  outcome               varchar(1000),
  closed_by             varchar(36),
  closed_at             timestamp,
  version               bigint        not null
);
create index mat_concern_state_ix on mat_concern (state, raised_at);
create index mat_concern_raised_by_ix on mat_concern (raised_by, state, raised_at);
create index mat_concern_subject_ix on mat_concern (subject_kind, subject_id);
