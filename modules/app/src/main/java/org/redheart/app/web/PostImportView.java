package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redheart.app.security.CurrentUser;
import org.redheart.materials.api.Engagement;
import org.redheart.materials.api.PostImport;
import org.redheart.materials.api.PostImportField;
import org.redheart.meetings.api.Campaign;
import org.redheart.meetings.api.Campaigns;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.FileTooLarge;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;

/**
 * Import of historical posts or of figures ({@code materials/post-import.xhtml}): upload a CSV for a
 * campaign, then the mapping step (each column of the header with a sample of its cells and the field
 * it fills; a second post of the row is "post 2"), the problems by row and column, and commit (only
 * when no row is bad) or discard. Postbacks carry the import id in a hidden {@code id} field.
 */
@Named
@RequestScoped
public class PostImportView {
  /** A column of the file: its header, sample cells and the field chosen for it. */
  public record Column(int index, String name, String sample) {}

  /** A choice of the mapping menu. */
  public record Option(String key, String label) {}

  @Inject Engagement engagement;
  @Inject Campaigns campaigns;
  @Inject CurrentUser currentUser;
  @Inject Formats formats;

  private String id;
  private PostImport current;
  private boolean loaded;
  private Part upload;
  private String kind = PostImport.Kind.HISTORICAL_POSTS.name();
  private String campaign;
  private List<String> choices;

  public void load() {
    getCurrent();
  }

  public PostImport getCurrent() {
    if (!loaded) {
      loaded = true;
      if (id == null) {
        id = MaterialForms.param("id");
      }
      if (id != null && !id.isBlank()) {
        try {
          current = engagement.getImport(id, currentUser.actor());
        } catch (NotFound e) {
          Pages.notFound();
        } catch (Forbidden e) {
          Pages.forbidden(e.getMessage());
        }
      }
    }
    return current;
  }

  /** "35 rows: 35 posts, 34 with figures", in the reader's digits. */
  public String getCounts() {
    PostImport p = getCurrent();
    return p == null ? "" : Pages.text("engage.import.counts", formats.number(p.rows()), formats.number(p.postsFound()),
        formats.number(p.snapshots()));
  }

  public List<Campaign> getCampaigns() {
    return campaigns.visibleTo(currentUser.actor());
  }

  public List<Column> getColumns() {
    PostImport p = getCurrent();
    if (p == null) {
      return List.of();
    }
    List<Column> out = new ArrayList<>();
    for (int i = 0; i < p.header().size(); i++) {
      List<String> cells = new ArrayList<>();
      for (List<String> row : p.sample()) {
        if (i < row.size() && !row.get(i).isBlank()) {
          String c = row.get(i).strip();
          cells.add(c.length() > 60 ? c.substring(0, 60) + "…" : c);
        }
      }
      out.add(new Column(i, p.header().get(i), String.join(" · ", cells)));
    }
    return out;
  }

  /** The field of each column (a mapping key, or empty), in column order. */
  public List<String> getChoices() {
    if (choices == null) {
      choices = new ArrayList<>();
      PostImport p = getCurrent();
      if (p != null) {
        for (int i = 0; i < p.header().size(); i++) {
          choices.add("");
        }
        p.mapping().forEach((key, column) -> {
          if (column >= 0 && column < choices.size()) {
            choices.set(column, key);
          }
        });
      }
    }
    return choices;
  }

  /** The fields for the posts of a row: those of the mapping's posts and one more. */
  public List<Option> getOptions() {
    PostImport p = getCurrent();
    int groups = 1;
    if (p != null) {
      for (String key : p.mapping().keySet()) {
        int hash = key.indexOf('#');
        if (hash > 0) {
          groups = Math.max(groups, Integer.parseInt(key.substring(hash + 1)));
        }
      }
    }
    groups = Math.min(20, groups + 1);
    List<Option> out = new ArrayList<>();
    out.add(new Option("", Pages.text("engage.import.notImported")));
    for (int g = 1; g <= groups; g++) {
      for (PostImportField f : PostImportField.values()) {
        String label = Pages.text("engage.field." + camel(f));
        out.add(new Option(g == 1 ? f.name() : f.name() + "#" + g,
            g == 1 ? label : label + " (" + Pages.text("engage.import.post", g) + ")"));
      }
    }
    return out;
  }

  static String camel(PostImportField f) {
    String[] parts = f.name().toLowerCase(java.util.Locale.ROOT).split("_");
    StringBuilder sb = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
    }
    return sb.toString();
  }

  public void start() {
    if (upload == null || upload.getSize() == 0) {
      Pages.fieldErrors(new InvalidInput("file", Pages.text("files.choose")), Map.of("file", "upload:file"));
      return;
    }
    try (InputStream in = upload.getInputStream()) {
      PostImport.Kind k = PostImport.Kind.valueOf(kind);
      PostImport started = engagement.startImport(k, campaign, in, upload.getSubmittedFileName(), currentUser.actor());
      Pages.redirect("/materials/post-import.xhtml?id=" + started.id());
    } catch (IllegalArgumentException | NullPointerException e) {
      Pages.error(Pages.text("engage.import.chooseKind"));
    } catch (FileTooLarge e) {
      Pages.error(e.getMessage());
    } catch (InvalidInput e) {
      Pages.fieldErrors(e, Map.of("file", "upload:file", "campaignId", "upload:campaign", "kind", "upload:kind"));
    } catch (Forbidden e) {
      Pages.error(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        upload.delete();
      } catch (IOException ignored) {
        // the container removes its temporary file at the end of the request anyway
      }
    }
  }

  public void remap() {
    if (getCurrent() == null) {
      return;
    }
    Map<String, Integer> mapping = new LinkedHashMap<>();
    List<String> chosen = getChoices();
    for (int i = 0; i < chosen.size(); i++) {
      String key = chosen.get(i);
      if (key == null || key.isBlank()) {
        continue;
      }
      if (mapping.containsKey(key)) {
        Pages.error(Pages.text("engage.import.twice", label(key)));
        return;
      }
      mapping.put(key, i);
    }
    try {
      current = engagement.remap(id, mapping, currentUser.actor());
      Pages.info("engage.import.remapped");
      Pages.redirect("/materials/post-import.xhtml?id=" + id);
    } catch (InvalidInput e) {
      Pages.error(String.join(" ", e.fieldErrors().values()));
    } catch (Conflict | Forbidden e) {
      Pages.error(e.getMessage());
    }
  }

  private String label(String key) {
    return getOptions().stream().filter(o -> o.key().equals(key)).map(Option::label).findFirst().orElse(key);
  }

  public void commit() {
    if (getCurrent() == null) {
      return;
    }
    try {
      PostImport done = engagement.commit(id, currentUser.actor());
      Pages.info("engage.import.committed", done.postsFound(), done.snapshots());
      Pages.redirect("/materials/analytics.xhtml?campaign=" + done.campaignId());
    } catch (Conflict | Forbidden | InvalidInput e) {
      Pages.error(e.getMessage());
      loaded = false;
      getCurrent();
    }
  }

  public void discard() {
    if (getCurrent() == null) {
      return;
    }
    try {
      engagement.discard(id, currentUser.actor());
      Pages.info("engage.import.discarded");
      Pages.redirect("/materials/post-import.xhtml");
    } catch (Conflict | Forbidden e) {
      Pages.error(e.getMessage());
    }
  }

  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
  public Part getUpload() { return upload; }
  public void setUpload(Part upload) { this.upload = upload; }
  public String getKind() { return kind; }
  public void setKind(String kind) { this.kind = kind; }
  public String getCampaign() { return campaign; }
  public void setCampaign(String campaign) { this.campaign = campaign; }
}
