-- platform: persisted events (one delivery row per event and handler) and the audit log
create table plt_event (
  id           varchar(36)   not null primary key,
  event_type   varchar(300)  not null,
  payload      varchar(20000) not null,
  published_at timestamp     not null
);

create table plt_event_delivery (
  id              varchar(36)  not null primary key,
  event_id        varchar(36)  not null references plt_event (id),
  handler         varchar(300) not null,
  status          varchar(16)  not null,
  attempts        integer      not null,
  next_attempt_at timestamp    not null,
  lease_owner     varchar(64),
  lease_until     timestamp,
  last_error      varchar(2000),
  delivered_at    timestamp,
  updated_at      timestamp    not null
);
create unique index plt_event_delivery_uq on plt_event_delivery (event_id, handler);
create index plt_event_delivery_due_ix on plt_event_delivery (status, next_attempt_at);

create table plt_audit (
  id           varchar(36)   not null primary key,
  recorded_at  timestamp     not null,
  actor_id     varchar(64)   not null,
  action       varchar(100)  not null,
  subject      varchar(200)  not null,
  content_hash varchar(64),
  details      varchar(2000)
);
create index plt_audit_time_ix on plt_audit (recorded_at, id);
create index plt_audit_actor_ix on plt_audit (actor_id, recorded_at);
create index plt_audit_action_ix on plt_audit (action, recorded_at);
create index plt_audit_subject_ix on plt_audit (subject, recorded_at);
