package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.redheart.app.security.CurrentUser;
import org.redheart.contacts.api.StakeholderCategories;
import org.redheart.contacts.api.StakeholderCategory;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;

/**
 * The stakeholder categories: everyone sees them; admins and supervisors add, rename (English and
 * Bangla) and reorder them. Each row is its own small form posting plain inputs ({@code categoryId},
 * {@code name}, {@code nameBn}), so one row's errors stay on that row.
 */
@Named
@RequestScoped
public class CategoriesView {
  @Inject StakeholderCategories categories;
  @Inject CurrentUser currentUser;
  @Inject Language language;

  private List<StakeholderCategory> all;
  private String newName;
  private String newNameBn;
  /** Errors of a row's inputs, keyed "<id>:name"; the values the user typed, keyed the same way. */
  private final Map<String, String> rowErrors = new HashMap<>();
  private final Map<String, String> typed = new HashMap<>();

  public List<StakeholderCategory> getAll() {
    if (all == null) {
      all = categories.all();
    }
    return all;
  }

  public String name(StakeholderCategory c) {
    return c.name(language.getCode());
  }

  public boolean isEditor() {
    return currentUser.isAdmin() || currentUser.isSupervisor();
  }

  public void create() {
    requireEditor();
    try {
      StakeholderCategory c = categories.create(newName, newNameBn, currentUser.actor());
      Pages.info("categories.created", c.name());
      Pages.redirect("/categories.xhtml");
    } catch (InvalidInput e) {
      Pages.fieldErrors(e, Map.of("name", "newCategory:name", "nameBn", "newCategory:nameBn"));
    } catch (Conflict e) {
      FacesContext.getCurrentInstance().validationFailed();
      FacesContext.getCurrentInstance().addMessage("newCategory:name",
          new jakarta.faces.application.FacesMessage(jakarta.faces.application.FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
  }

  public void rename() {
    requireEditor();
    Long id = postedId();
    String name = param("name");
    String nameBn = param("nameBn");
    try {
      StakeholderCategory c = categories.rename(id == null ? -1 : id, name, nameBn, currentUser.actor());
      Pages.info("categories.renamed", c.name());
      Pages.redirect("/categories.xhtml");
    } catch (InvalidInput e) {
      keepTyped(id, name, nameBn);
      e.fieldErrors().forEach((field, message) -> rowErrors.put(id + ":" + ("nameBn".equals(field) ? "nameBn" : "name"),
          Pages.text("field." + ("nameBn".equals(field) ? "nameBn" : "name")) + ": " + message));
      FacesContext.getCurrentInstance().validationFailed();
    } catch (Conflict e) {
      keepTyped(id, name, nameBn);
      rowErrors.put(id + ":name", e.getMessage());
      FacesContext.getCurrentInstance().validationFailed();
    } catch (NotFound e) {
      Pages.error(e.getMessage());
    }
  }

  public void moveUp() {
    move(-1);
  }

  public void moveDown() {
    move(1);
  }

  private void move(int delta) {
    requireEditor();
    Long id = postedId();
    StakeholderCategory c = id == null ? null : getAll().stream().filter(x -> x.id() == id).findFirst().orElse(null);
    if (c == null) {
      Pages.error(Pages.text("categories.unknown"));
      return;
    }
    int index = getAll().indexOf(c);
    int target = index + delta;
    if (target < 0 || target >= getAll().size()) {
      Pages.redirect("/categories.xhtml");
      return;
    }
    try {
      categories.move(c.id(), target + 1, currentUser.actor());
      Pages.info("categories.moved");
      Pages.redirect("/categories.xhtml");
    } catch (InvalidInput | NotFound e) {
      Pages.error(e.getMessage());
    }
  }

  /** What a row's input shows: what the user typed (after an error), else the stored value. */
  public String value(StakeholderCategory c, String field) {
    String key = c.id() + ":" + field;
    if (typed.containsKey(key)) {
      return typed.get(key);
    }
    return "nameBn".equals(field) ? c.nameBn() : c.name();
  }

  public String error(StakeholderCategory c, String field) {
    return rowErrors.get(c.id() + ":" + field);
  }

  private void keepTyped(Long id, String name, String nameBn) {
    typed.put(id + ":name", name);
    typed.put(id + ":nameBn", nameBn);
  }

  private Long postedId() {
    try {
      String v = param("categoryId");
      return v == null ? null : Long.valueOf(v.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String param(String name) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
  }

  private void requireEditor() {
    if (!isEditor()) {
      throw new Forbidden(Pages.text("contact.managersOnly"));
    }
  }

  public String getNewName() { return newName; }
  public void setNewName(String newName) { this.newName = newName; }
  public String getNewNameBn() { return newNameBn; }
  public void setNewNameBn(String newNameBn) { this.newNameBn = newNameBn; }
}
