-- Photos taken at meetings (the bytes in the platform's file store, metadata stripped; the names of the
-- metadata tags they carried are kept for the safeguarding check, never their values), each with the
-- attestation a post using it needs before approval. And the hand-over of a meeting's social post from
-- the meeting lifecycle: one row per meeting whose lifecycle asked for its post, with the post made for it.

create table mat_meeting_photo (
  meeting_id        varchar(36)  not null,
  file_id           varchar(36)  not null,
  file_name         varchar(255) not null,
  content_type      varchar(100) not null,
  size_bytes        bigint       not null,
  sha256            varchar(64),
  metadata_tags     varchar(2000),
  attestation       varchar(32),                        -- NO_IDENTIFIABLE_CHILD | GUARDIAN_CONSENT_ON_FILE
  consent_reference varchar(200),
  attested_by       varchar(36),
  attested_at       timestamp,
  uploaded_by       varchar(36)  not null,
  uploaded_at       timestamp    not null,
  primary key (meeting_id, file_id)
);
create index mat_meeting_photo_file_ix on mat_meeting_photo (file_id);

create table mat_post_request (
  meeting_id   varchar(36) not null primary key,
  organiser_id varchar(36),
  requested_at timestamp   not null,
  draft_text   varchar(4000),                           -- the text written at the old draft step (migrated lifecycles)
  material_id  varchar(36),                             -- the post made for it
  published_at timestamp,
  permalink    varchar(2000)
);
create index mat_post_request_material_ix on mat_post_request (material_id);
