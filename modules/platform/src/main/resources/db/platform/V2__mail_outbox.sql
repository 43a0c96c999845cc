-- platform: the mail outbox, its attachments, the suppression list and the queue's shared pause
create table plt_outbox (
  id              varchar(36)  not null primary key,
  message_id      varchar(300) not null,
  recipient       varchar(320) not null,
  recipient_hash  varchar(64)  not null,
  language        varchar(8)   not null,
  template        varchar(100) not null,
  purpose         varchar(40)  not null,
  subject_ref     varchar(100),
  subject         varchar(1000) not null,
  body_text       varchar      not null,
  body_html       varchar      not null,
  extra_headers   varchar(4000),
  status          varchar(16)  not null,
  attempts        integer      not null,
  next_attempt_at timestamp    not null,
  lease_owner     varchar(64),
  lease_until     timestamp,
  last_error      varchar(1000),
  created_at      timestamp    not null,
  sent_at         timestamp,
  version         bigint       not null
);
create index plt_outbox_due_ix on plt_outbox (status, next_attempt_at);
create index plt_outbox_created_ix on plt_outbox (created_at);
create index plt_outbox_sent_ix on plt_outbox (sent_at);
create index plt_outbox_subject_ix on plt_outbox (subject_ref);
create index plt_outbox_recipient_ix on plt_outbox (recipient_hash);

create table plt_outbox_attachment (
  id             varchar(36)  not null primary key,
  outbox_id      varchar(36)  not null references plt_outbox (id),
  seq_no         integer      not null,
  file_name      varchar(255) not null,
  content_type   varchar(200) not null,
  content_base64 varchar      not null
);
create index plt_outbox_attachment_outbox_ix on plt_outbox_attachment (outbox_id);

-- SHA-256 of the normalised (trimmed, lower-case) address: no mail at all goes there
create table plt_suppression (
  address_hash varchar(64) not null primary key,
  reason       varchar(20) not null,
  created_at   timestamp   not null
);

-- one row ('queue'): a relay's "quota" or "try later" answer, or an outage, pauses every instance
create table plt_mail_control (
  id           varchar(16)   not null primary key,
  paused_until timestamp,
  pause_reason varchar(1000)
);
insert into plt_mail_control (id, paused_until, pause_reason) values ('queue', null, null);
