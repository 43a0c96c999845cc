-- platform: the file store's metadata (content under redheart.data.dir, by storage_name)
create table plt_file (
  id            varchar(36)  not null primary key,
  owner_id      varchar(36)  not null,
  original_name varchar(600) not null,
  media_type    varchar(100) not null,
  size_bytes    bigint       not null,
  sha256        varchar(64)  not null,
  storage_name  varchar(100) not null,
  created_at    timestamp    not null
);
create index plt_file_owner_ix on plt_file (owner_id, created_at);
create index plt_file_sha256_ix on plt_file (sha256);
