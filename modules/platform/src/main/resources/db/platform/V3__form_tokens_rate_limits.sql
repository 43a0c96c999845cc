-- platform: one-time form tokens of public pages, rate-limit counters (signed links need no table)
create table plt_form_token (
  token_hash   varchar(64) not null primary key,
  form_name    varchar(64) not null,
  binding_hash varchar(64) not null,
  expires_at   timestamp   not null,
  used_at      timestamp
);
create index plt_form_token_expires_ix on plt_form_token (expires_at);

create table plt_rate_hit (
  id           varchar(36) not null primary key,
  bucket       varchar(64) not null,
  window_start timestamp   not null
);
create index plt_rate_hit_bucket_ix on plt_rate_hit (bucket, window_start);
create index plt_rate_hit_window_ix on plt_rate_hit (window_start);

