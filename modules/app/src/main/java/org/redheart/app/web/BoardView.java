package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.redheart.app.security.CurrentUser;
import org.redheart.meetings.api.Board;
import org.redheart.meetings.api.Step;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/** The campaign board page: meetings × steps, filtered by campaign (a GET form: links can be shared). */
@Named
@RequestScoped
public class BoardView {
  static final int PAGE_SIZE = 20;

  @Inject Board board;
  @Inject CurrentUser currentUser;

  private String campaignId;
  private int page;
  private Board.BoardPage result;

  public void load() {
    try {
      result = board.board(campaignId == null || campaignId.isBlank() ? null : campaignId,
          new PageRequest(page, PAGE_SIZE), currentUser.actor());
    } catch (Forbidden e) {
      Pages.forbidden(e.getMessage());
    }
  }

  public Board.BoardPage getResult() {
    return result;
  }

  public Page<Board.Row> getRows() {
    return result == null ? new Page<>(List.of(), 0, PAGE_SIZE, 0) : result.asPage();
  }

  public List<Step> getSteps() {
    return Board.columns();
  }

  /** The text of a cell (never colour alone): "Done", "Done, 2 days late", "On time", "Late by 3 days"... */
  public String cellText(Board.Cell cell) {
    return switch (cell.state()) {
      case Board.Cell.DONE -> cell.daysLate() > 0 ? Pages.text("board.doneLate", cell.daysLate()) : Pages.text("board.done");
      case Board.Cell.LATE -> Pages.text("board.late", cell.daysLate());
      case Board.Cell.ON_TIME -> cell.shortNotice() ? Pages.text("board.shortNotice") : Pages.text("board.onTime");
      case Board.Cell.CANCELLED -> Pages.text("board.cancelled");
      default -> Pages.text("board.none");
    };
  }

  public String cellClass(Board.Cell cell) {
    String base = "board-cell board-" + cell.state().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    return cell.open() ? base + " board-open" : base;
  }

  public String statusText(String status) {
    return Pages.text("board.status." + status);
  }

  /** The query string of this filter for the pager: "campaignId=...&amp;". */
  public String getPagerBase() {
    return "/meetings/board.xhtml?" + (campaignId == null || campaignId.isBlank() ? ""
        : "campaignId=" + java.net.URLEncoder.encode(campaignId, java.nio.charset.StandardCharsets.UTF_8) + "&");
  }

  public String getCampaignId() { return campaignId; }
  public void setCampaignId(String campaignId) { this.campaignId = campaignId; }
  public int getPage() { return page; }
  public void setPage(int page) { this.page = Math.max(0, Math.min(page, 100_000)); }
}
