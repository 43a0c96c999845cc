-- meetings: campaigns, meetings, the record of each lifecycle step, drafts of open steps
create table mtg_campaign (
  id         varchar(36)  not null primary key,
  name       varchar(200) not null,
  hashtag    varchar(100),
  created_at timestamp    not null
);

create table mtg_meeting (
  id                    varchar(36)  not null primary key,
  campaign_id           varchar(36)  not null references mtg_campaign (id),
  title                 varchar(200) not null,
  audience_category_id  bigint       not null,
  starts_at             timestamp    not null,
  ends_at               timestamp,
  time_zone             varchar(64)  not null,
  venue                 varchar(300),
  online_link           varchar(500),
  expected_participants integer      not null,
  organiser_id          varchar(36)  not null,
  stage                 varchar(64)  not null,
  stage_changed_at      timestamp    not null,
  created_at            timestamp    not null,
  version               bigint       not null
);
create index mtg_meeting_campaign_starts_ix on mtg_meeting (campaign_id, starts_at);
create index mtg_meeting_starts_ix on mtg_meeting (starts_at);
create index mtg_meeting_organiser_ix on mtg_meeting (organiser_id);

create table mtg_step_record (
  id           varchar(36)  not null primary key,
  meeting_id   varchar(36)  not null references mtg_meeting (id),
  step         varchar(64)  not null,
  task_id      varchar(64)  not null,
  outcome      varchar(32),
  data         varchar(20000) not null,
  completed_by varchar(36)  not null,
  completed_at timestamp    not null
);
create unique index mtg_step_record_task_uq on mtg_step_record (task_id);
create index mtg_step_record_meeting_ix on mtg_step_record (meeting_id, completed_at);

create table mtg_step_draft (
  task_id    varchar(64)    not null primary key,
  meeting_id varchar(36)    not null references mtg_meeting (id),
  data       varchar(20000) not null,
  saved_by   varchar(36)    not null,
  saved_at   timestamp      not null
);

insert into mtg_campaign (id, name, hashtag, created_at)
values ('00000000-0000-0000-0000-000000000001', 'Red Heart Campaign to Promote Child Rights', '#SaveFACE4Children', current_timestamp);
