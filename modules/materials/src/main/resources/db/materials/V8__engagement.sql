-- engagement: dated snapshots of a post's figures, CSV imports of historical posts and figures,
-- and the mark of a post "published outside the system" (an imported historical post, never approved here).
-- Portable to H2 2.x and PostgreSQL.

alter table mat_material add column published_outside boolean default false not null;
-- analytics: a campaign's posts published in a period; figures import: posts by permalink
create index mat_material_published_ix on mat_material (campaign_id, published_at);
create index mat_material_permalink_ix on mat_material (permalink);

create table mat_engagement_snapshot (
  id            varchar(36) not null primary key,
  material_id   varchar(36) not null references mat_material (id),
  taken_on      date        not null,
  reactions     bigint,
  comments      bigint,
  shares        bigint,
  reach         bigint,
  engaged_users bigint,
  source        varchar(16) not null,
  recorded_by   varchar(36) not null,
  recorded_at   timestamp   not null
);
create index mat_engagement_material_ix on mat_engagement_snapshot (material_id, taken_on);

-- A CSV import waiting for its mapping to be checked and committed; the file stays in the FileStore
-- (file_id) and is streamed again for each check and for the commit.
create table mat_post_import (
  id          varchar(36)  not null primary key,
  kind        varchar(20)  not null,
  campaign_id varchar(36)  not null,
  state       varchar(16)  not null,
  file_name   varchar(300),
  header      varchar(20000) not null,
  mapping     varchar(4000)  not null,
  file_id     varchar(36)  not null,
  row_count   integer      not null,
  posts_found integer      not null,
  snapshots   integer      not null,
  created_by  varchar(36)  not null,
  created_at  timestamp    not null,
  version     bigint       not null
);
create index mat_post_import_campaign_ix on mat_post_import (campaign_id, created_at);

create table mat_post_import_problem (
  import_id   varchar(36)   not null references mat_post_import (id),
  position    integer       not null,
  row_no      integer       not null,
  column_name varchar(300)  not null,
  reason      varchar(1000) not null,
  primary key (import_id, position)
);
