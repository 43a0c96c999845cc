package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redheart.app.security.CurrentUser;
import org.redheart.network.api.MemberDetails;
import org.redheart.network.api.MemberEvent;
import org.redheart.network.api.MemberState;
import org.redheart.network.api.MemberSummary;
import org.redheart.network.api.Network;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Users;

/** A member's page: who they are, their membership history, and the leave button for staff. */
@Named
@RequestScoped
public class NetworkMemberView {
  @Inject Network network;
  @Inject CurrentUser currentUser;
  @Inject Users users;

  private String id;
  private MemberDetails details;
  private Map<String, String> names;

  private boolean loaded;

  /** Loads the member (the view action on GET; lazily on a postback, whose form needs it to decode). */
  public void load() {
    loaded = true;
    try {
      details = network.member(id, currentUser.actor());
      Set<String> ids = new HashSet<>();
      details.history().forEach(e -> {
        if (e.actorId() != null) {
          ids.add(e.actorId());
        }
      });
      names = users.displayNames(ids);
    } catch (NotFound e) {
      Pages.notFound();
    } catch (Forbidden e) {
      Pages.forbidden(e.getMessage());
    }
  }

  public MemberSummary getMember() {
    if (!loaded) {
      if (id == null) {
        // on a postback the view parameter is set only after the forms decode: read the hidden field
        String param = PublicForms.tokenParam("id");
        id = param == null || param.length() > 64 ? null : param;
      }
      if (id != null) {
        load();
      }
    }
    return details == null ? null : details.member();
  }

  public List<MemberEvent> getHistory() {
    return details == null ? List.of() : details.history();
  }

  public List<String> getApplicationIds() {
    return details == null ? List.of() : details.applicationIds();
  }

  public boolean isActive() {
    return getMember() != null && details.member().state() == MemberState.ACTIVE;
  }

  public String actorName(String actorId) {
    if (actorId == null) {
      return Pages.text("network.history.byMember");
    }
    return names == null ? actorId : names.getOrDefault(actorId, actorId);
  }

  public String leave() {
    try {
      network.leave(id, currentUser.actor());
      Pages.info("network.member.leftDone");
      return "/network-member.xhtml?faces-redirect=true&id=" + id;
    } catch (NotFound e) {
      Pages.notFound();
    } catch (Forbidden e) {
      Pages.error(e.getMessage());
    }
    return null;
  }

  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
}
