-- platform: background jobs with progress, a checkpoint to resume from, and a lease per running instance
create table plt_job (
  id               varchar(36)   not null primary key,
  kind             varchar(100)  not null,
  params           varchar(4000) not null,
  status           varchar(16)   not null,
  done_count       bigint        not null,
  total_count      bigint        not null,
  message          varchar(500),
  checkpoint_state varchar(4000),
  started_by       varchar(64)   not null,
  cancel_requested boolean       not null,
  runs             integer       not null,
  lease_owner      varchar(64),
  lease_until      timestamp,
  last_error       varchar(2000),
  created_at       timestamp     not null,
  updated_at       timestamp     not null,
  finished_at      timestamp
);
create index plt_job_due_ix on plt_job (status, lease_until);
create index plt_job_owner_ix on plt_job (started_by, created_at);
create index plt_job_created_ix on plt_job (created_at);
