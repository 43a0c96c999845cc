package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.redheart.app.security.CurrentUser;
import org.redheart.materials.api.ConcernState;
import org.redheart.materials.api.ConcernView;
import org.redheart.materials.api.Concerns;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;
import org.redheart.platform.api.Role;

/**
 * Safeguarding concerns: the safeguarding lead sees every concern, others the ones they raised; open
 * ones first, newest first, filtered by state and paginated (a GET form, so a filtered list is a link).
 */
@Named
@RequestScoped
public class ConcernsView {
  static final int PAGE_SIZE = 20;

  @Inject Concerns concerns;
  @Inject CurrentUser currentUser;

  private ConcernState state;
  private int page;
  private Page<ConcernView> result;

  public void load() {
    getResult();
  }

  public Page<ConcernView> getResult() {
    if (result == null) {
      state = state(param("state"));
      Integer p = Formats.parseInteger(param("page"));
      page = p == null ? 0 : Math.max(0, p);
      result = concerns.list(state, new PageRequest(page, PAGE_SIZE), currentUser.actor());
    }
    return result;
  }

  public List<ConcernState> getStates() {
    return List.of(ConcernState.values());
  }

  public String getState() {
    return state == null ? "" : state.name();
  }

  public boolean isLead() {
    return currentUser.isSignedIn() && currentUser.getUser().has(Role.SAFEGUARDING_LEAD);
  }

  /** The pager's base: this page with the filter, ready for {@code page=}. */
  public String getBase() {
    return "/concerns.xhtml?" + (state == null ? "" : "state=" + state.name() + "&");
  }

  static ConcernState state(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return ConcernState.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String param(String name) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
  }
}
