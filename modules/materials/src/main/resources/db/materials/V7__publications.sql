-- The publication of an approved social post (one row per post, the material id): channel, when it is due,
-- its state, tries and the next try after a rate limit, the channel's post id and permalink once out, and the
-- last error (Graph error code and message). A post marked published by hand has a row too (channel MANUAL).
-- Size: one row per post, a few hundred per campaign; the admin page lists failed ones.

create table mat_publication (
  material_id      varchar(36)   not null primary key,
  channel          varchar(16)   not null,              -- MANUAL | FACEBOOK_PAGE
  state            varchar(24)   not null,              -- see PublicationState
  scheduled_at     timestamp     not null,
  attempts         integer       not null,
  next_attempt_at  timestamp,
  external_post_id varchar(200),
  permalink        varchar(1000),
  published_at     timestamp,
  error_code       integer,
  error_message    varchar(1000),
  scheduled_by     varchar(36)   not null,
  updated_at       timestamp     not null,
  version          bigint        not null               -- optimistic lock
);
create index mat_publication_state_ix on mat_publication (state, scheduled_at);
