package org.redheart.network.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.redheart.network.api.Network;
import org.redheart.platform.api.ApplicationReady;
import org.redheart.platform.api.Links;

/**
 * Signs one throw-away link at start, outside any transaction, so that the links secret exists
 * before the first welcome mail. On PostgreSQL, generating the secret (its own REQUIRES_NEW
 * transaction) inside the reviewer's transaction, after the process engine has run in it, failed
 * with "Cannot commit when autoCommit is enabled", and every approval failed with it until some
 * link was signed outside a transaction.
 */
@ApplicationScoped
public class LinksWarmUp {
  @Inject Links links;

  void warm(@Observes ApplicationReady ready) {
    links.sign(Network.LEAVE_PURPOSE, "warm-up", Duration.ofMinutes(1));
  }
}
