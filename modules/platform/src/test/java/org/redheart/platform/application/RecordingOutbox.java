package org.redheart.platform.application;

import java.util.ArrayList;
import java.util.List;
import org.redheart.platform.api.Outbox;
import org.redheart.platform.api.OutgoingMail;

/** An outbox that keeps what was enqueued, for tests. */
final class RecordingOutbox implements Outbox {
  final List<OutgoingMail> mails = new ArrayList<>();

  @Override
  public String enqueue(OutgoingMail mail) {
    mails.add(mail);
    return "mail-" + mails.size();
  }

  OutgoingMail last() {
    return mails.get(mails.size() - 1);
  }
}
