package org.redheart.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.redheart.platform.api.FormTokens;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.Links;
import org.redheart.platform.api.MailPurpose;
import org.redheart.platform.api.Outbox;
import org.redheart.platform.api.OutgoingMail;
import org.redheart.platform.api.PasswordResets;
import org.redheart.platform.api.Tokens;
import org.redheart.platform.domain.PasswordHasher;
import org.redheart.platform.domain.ResetAccounts;

/**
 * The link's subject is {@code <user id>.<fingerprint of the current password hash>}: setting any
 * new password changes the fingerprint and so kills every reset link sent before, this one
 * included. The new hash is written by a conditional update on the old one, so of two concurrent
 * resets through one link only one wins. The mail goes through the {@link Outbox} in this
 * transaction.
 */
@ApplicationScoped
@Transactional
public class DefaultPasswordResets implements PasswordResets {
  private static final Logger LOG = Logger.getLogger(DefaultPasswordResets.class.getName());
  static final String TEMPLATE = "password-reset";
  private static final int MAX_INPUT = 320;

  @Inject Links links;
  @Inject FormTokens formTokens;
  @Inject ResetAccounts accounts;
  @Inject Instance<Outbox> outboxes;

  private Outbox outbox;
  private String baseUrl;

  public DefaultPasswordResets() {}

  DefaultPasswordResets(Links links, FormTokens formTokens, ResetAccounts accounts, Outbox outbox, String baseUrl) {
    this.links = links;
    this.formTokens = formTokens;
    this.accounts = accounts;
    this.outbox = outbox;
    this.baseUrl = baseUrl;
  }

  @Override
  public Outcome request(String usernameOrEmail, String formToken) {
    String wanted = usernameOrEmail == null ? "" : usernameOrEmail.strip();
    if (wanted.isEmpty() || wanted.length() > MAX_INPUT) {
      throw new InvalidInput("usernameOrEmail", "is required (at most " + MAX_INPUT + " characters)");
    }
    if (!formTokens.consume(REQUEST_FORM, REQUEST_FORM, formToken)) {
      return Outcome.INVALID;
    }
    for (ResetAccounts.Account account : accounts.findActive(wanted)) {
      if (account.email() == null || account.email().isBlank()) {
        continue;
      }
      String token = links.sign(PURPOSE, subject(account), Duration.ofMinutes(VALID_MINUTES));
      Map<String, Object> model =
          Map.of("displayName", account.displayName(), "link", baseUrl() + PAGE + "?t=" + token,
              "validMinutes", VALID_MINUTES);
      String language = "bn".equals(account.language()) ? "bn" : "en";
      outbox().enqueue(new OutgoingMail(account.email(), language, TEMPLATE, model, MailPurpose.ACCOUNT,
          List.of(), Map.of(), account.id()));
    }
    return Outcome.DONE;
  }

  @Override
  public boolean isUsable(String linkToken) {
    return usableAccount(linkToken).isPresent();
  }

  @Override
  public Outcome reset(String linkToken, String formToken, String newPassword) {
    Optional<ResetAccounts.Account> account = usableAccount(linkToken);
    if (account.isEmpty()) {
      return Outcome.INVALID;
    }
    String weakness = PasswordHasher.weakness(newPassword);
    if (weakness != null) {
      throw new InvalidInput("newPassword", weakness);
    }
    if (!formTokens.consume(RESET_FORM, linkToken, formToken)) {
      return Outcome.INVALID;
    }
    String id = account.get().id();
    boolean replaced = accounts.replacePasswordHash(id, account.get().passwordHash(), PasswordHasher.hash(newPassword));
    return replaced ? Outcome.DONE : Outcome.INVALID;
  }

  private Optional<ResetAccounts.Account> usableAccount(String linkToken) {
    Optional<String> subject = links.verify(PURPOSE, linkToken);
    if (subject.isEmpty()) {
      return Optional.empty();
    }
    int dot = subject.get().lastIndexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    String id = subject.get().substring(0, dot);
    String fingerprint = subject.get().substring(dot + 1);
    return accounts.findActiveById(id)
        .filter(a -> Tokens.constantTimeEquals(fingerprint(a.passwordHash()), fingerprint));
  }

  private static String subject(ResetAccounts.Account account) {
    return account.id() + "." + fingerprint(account.passwordHash());
  }

  /** 64 bits of the SHA-256 of the (salted) password hash: changes with every new password. */
  private static String fingerprint(String passwordHash) {
    return Tokens.sha256Hex(passwordHash).substring(0, 16);
  }

  private String baseUrl() {
    if (baseUrl == null) {
      String configured =
          ConfigProvider.getConfig().getOptionalValue("redheart.public-base-url", String.class)
              .orElse("http://localhost:8080");
      baseUrl = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }
    return baseUrl;
  }

  private Outbox outbox() {
    if (outbox != null) {
      return outbox;
    }
    return outboxes.isResolvable() ? outboxes.get() : LogOnlyOutbox.INSTANCE;
  }

  /**
   * Stands in while no {@link Outbox} implementation is deployed (the outbox is built in parallel):
   * the mail is written to the server log instead of being lost silently. Unused once an Outbox
   * bean exists.
   */
  static final class LogOnlyOutbox implements Outbox {
    static final LogOnlyOutbox INSTANCE = new LogOnlyOutbox();

    @Override
    public String enqueue(OutgoingMail mail) {
      LOG.warning(() -> "No outbox is deployed; mail kept in this log only: template=" + mail.template()
          + " language=" + mail.language() + " to=" + mail.recipient() + " model=" + mail.model());
      return "log-only";
    }
  }
}
