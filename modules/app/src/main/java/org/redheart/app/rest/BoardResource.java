package org.redheart.app.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.redheart.app.security.CurrentUser;
import org.redheart.meetings.api.Board;
import org.redheart.platform.api.PageRequest;

/** The campaign board: meetings × steps, each cell done / on time / late by N days. */
@Path("/board")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BoardResource {

  public record CellJson(String step, String state, int daysLate, Instant dueAt, boolean shortNotice, boolean open) {}

  public record RowJson(String meetingId, String campaignId, String title, String startsAt, String status,
      List<CellJson> cells) {}

  public record CampaignJson(String id, String name) {}

  public record BoardJson(String campaignId, List<String> steps, List<RowJson> items, int page, int size, long total,
      List<CampaignJson> campaigns) {}

  @Inject Board board;
  @Inject CurrentUser currentUser;

  @GET
  public BoardJson get(@QueryParam("campaignId") String campaignId, @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    Board.BoardPage p = board.board(campaignId, PageRequest.of(page, size), currentUser.actor());
    return new BoardJson(p.campaignId(), Board.columns().stream().map(s -> s.taskKey()).toList(),
        p.rows().stream().map(r -> new RowJson(r.meetingId(), r.campaignId(), r.title(),
            r.startsAt().toOffsetDateTime().toString(), r.status(),
            r.cells().stream().map(c -> new CellJson(c.step(), c.state(), c.daysLate(), c.dueAt(), c.shortNotice(),
                c.open())).toList())).toList(),
        p.page(), p.size(), p.total(),
        p.campaigns().stream().map(c -> new CampaignJson(c.id(), c.name())).toList());
  }
}
