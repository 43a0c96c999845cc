-- network: membership applications (the applicant's details live here until a reviewer approves them and
-- they move into contacts), members (a contact id and the membership's state) and membership history.

create table net_application (
  id                varchar(36)   not null primary key,
  kind              varchar(16)   not null,             -- ORGANISATION | INDIVIDUAL
  name              varchar(300),                       -- null once anonymised by erasure
  organisation_name varchar(300),
  email             varchar(320),
  email_norm        varchar(320),                       -- lower-cased address, to find an erased person's rows
  phone             varchar(40),                        -- ASCII digits (Bengali digits converted on entry)
  country           varchar(100),
  district          varchar(100),
  category_id       bigint,
  volunteer         boolean       not null,
  help_text         varchar(2000),
  language          varchar(2)    not null,             -- en | bn: the language of the mails
  bulletin_consent  boolean       not null,
  state             varchar(16)   not null,             -- PENDING | APPROVED | DECLINED
  decline_reason    varchar(1000),
  decided_by        varchar(36),
  decided_at        timestamp,
  contact_id        varchar(36),
  member_id         varchar(36),
  submitted_at      timestamp     not null,
  anonymised        boolean       not null,
  version           bigint        not null
);
create index net_application_state_ix on net_application (state, submitted_at);
create index net_application_email_ix on net_application (email_norm);
create index net_application_contact_ix on net_application (contact_id);

-- One row per contact that ever joined. The directory columns (display name, search name, country,
-- district, category) are copied from the contact when it joins or is reviewed again, so the directory
-- is one indexed query; erasure clears them.
create table net_member (
  id             varchar(36)   not null primary key,
  contact_id     varchar(36)   not null,
  kind           varchar(16)   not null,                -- ORGANISATION | INDIVIDUAL
  state          varchar(8)    not null,                -- ACTIVE | LEFT
  volunteer      boolean       not null,
  language       varchar(2)    not null,
  display_name   varchar(300),
  search_name    varchar(300),                          -- lower-cased display name
  country_code   varchar(2),
  district       varchar(100),
  category_id    bigint,
  application_id varchar(36),
  joined_at      timestamp     not null,
  left_at        timestamp,
  version        bigint        not null
);
create unique index net_member_contact_uq on net_member (contact_id);
create index net_member_state_ix on net_member (state, search_name);
create index net_member_country_ix on net_member (country_code, district);
create index net_member_category_ix on net_member (category_id);
create index net_member_joined_ix on net_member (joined_at);

create table net_member_event (
  id         varchar(36)   not null primary key,
  member_id  varchar(36)   not null references net_member (id),
  at         timestamp     not null,
  action     varchar(20)   not null,                    -- JOINED | REJOINED | LEFT | VOLUNTEERED
  actor_id   varchar(36),                               -- the acting user; null when the member acted by link
  via        varchar(20)   not null,                    -- REVIEW | STAFF | LINK | MEETING
  meeting_id varchar(36)                                -- the meeting at which a member volunteered
);
create index net_member_event_member_ix on net_member_event (member_id, at);
create unique index net_member_event_meeting_uq on net_member_event (member_id, action, meeting_id);
