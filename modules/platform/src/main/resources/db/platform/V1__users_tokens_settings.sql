-- platform: user accounts, roles, personal API tokens, settings (generated secrets, set-up token)
create table plt_user (
  id            varchar(36)  not null primary key,
  username      varchar(64)  not null,
  display_name  varchar(200) not null,
  email         varchar(320),
  password_hash varchar(300) not null,
  active        boolean      not null,
  language      varchar(8)   not null,
  created_at    timestamp    not null,
  version       bigint       not null
);
create unique index plt_user_username_uq on plt_user (username);

create table plt_user_role (
  user_id varchar(36) not null references plt_user (id),
  role    varchar(32) not null,
  primary key (user_id, role)
);
create index plt_user_role_role_ix on plt_user_role (role);

create table plt_api_token (
  id           varchar(36)  not null primary key,
  user_id      varchar(36)  not null references plt_user (id),
  name         varchar(100) not null,
  token_hash   varchar(64)  not null,
  created_at   timestamp    not null,
  last_used_at timestamp,
  revoked      boolean      not null
);
create unique index plt_api_token_hash_uq on plt_api_token (token_hash);
create index plt_api_token_user_ix on plt_api_token (user_id);

create table plt_setting (
  name       varchar(100)  not null primary key,
  setting_value varchar(2000) not null,
  updated_at timestamp     not null
);
