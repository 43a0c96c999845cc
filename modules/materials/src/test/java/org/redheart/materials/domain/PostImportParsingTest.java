package org.redheart.materials.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redheart.materials.api.PostImport;
import org.redheart.platform.api.InvalidInput;

class PostImportParsingTest {
  private static final LocalDate TODAY = LocalDate.of(2023, 5, 15);
  private static final List<String> HEADER = List.of("Published on", "Permalink", "Post text", "Meeting",
      "Figures taken on", "Reactions", "Comments", "Shares", "Reach", "Engaged users");

  private static List<List<String>> readAll(String text) {
    PostCsv csv = new PostCsv(new StringReader(text));
    List<List<String>> rows = new ArrayList<>();
    for (List<String> r = csv.next(); r != null; r = csv.next()) {
      rows.add(r);
    }
    return rows;
  }

  private static List<PostRows.Post> read(List<String> cells, PostImport.Kind kind, List<PostImport.Problem> problems) {
    return PostRows.read(2, cells, HEADER, PostImportMapping.guess(HEADER), kind, TODAY, problems);
  }

  @Test
  void readsAFileWithAByteOrderMarkAndSemicolons() {
    List<List<String>> rows = readAll("\uFEFFPublished on;Permalink;Reactions\r\n2022-07-30;\"https://fb.com/p/1\";12\r\n");

    assertThat(rows).containsExactly(List.of("Published on", "Permalink", "Reactions"),
        List.of("2022-07-30", "https://fb.com/p/1", "12"));
  }

  @Test
  void keepsCommasAndLineBreaksInsideQuotesAndCountsLines() {
    PostCsv csv = new PostCsv(new StringReader("Date,Text,Reach\n2022-08-11,\"Thanks, all\nsee you\",\"1,200\"\n2022-08-12,x,3\n"));
    csv.next();
    assertThat(csv.line()).isEqualTo(2);
    assertThat(csv.next()).containsExactly("2022-08-11", "Thanks, all\nsee you", "1,200");
    assertThat(csv.line()).isEqualTo(4);
    assertThat(csv.next()).containsExactly("2022-08-12", "x", "3");
    assertThat(csv.next()).isNull();
  }

  @Test
  void refusesAQuotedCellThatIsNeverClosed() {
    PostCsv csv = new PostCsv(new StringReader("Date,Text\n2022-08-11,\"open\n"));
    csv.next();
    assertThatThrownBy(csv::next).isInstanceOf(InvalidInput.class).hasMessageContaining("not closed");
  }

  @Test
  void guessesTheMappingFromEnglishAndBanglaHeaders() {
    assertThat(PostImportMapping.guess(HEADER)).containsExactlyInAnyOrderEntriesOf(Map.of("PUBLISHED_ON", 0,
        "PERMALINK", 1, "TEXT", 2, "MEETING", 3, "TAKEN_ON", 4, "REACTIONS", 5, "COMMENTS", 6, "SHARES", 7, "REACH", 8,
        "ENGAGED_USERS", 9));
    assertThat(PostImportMapping.guess(List.of("প্রকাশের তারিখ", "লিংক", "পোস্ট", "সভা", "প্রতিক্রিয়া", "মন্তব্য",
        "শেয়ার", "রিচ")))
        .containsExactlyInAnyOrderEntriesOf(Map.of("PUBLISHED_ON", 0, "PERMALINK", 1, "TEXT", 2, "MEETING", 3,
            "REACTIONS", 4, "COMMENTS", 5, "SHARES", 6, "REACH", 7));
  }

  @Test
  void guessesASecondPostOfTheRowFromTheNumberInItsHeader() {
    Map<String, Integer> m = PostImportMapping.guess(List.of("Taken on", "Link 1", "Reactions 1", "Link 2", "Reactions 2",
        "Reach (২)"));
    assertThat(m).containsEntry("PERMALINK", 1).containsEntry("REACTIONS", 2).containsEntry("PERMALINK#2", 3)
        .containsEntry("REACTIONS#2", 4).containsEntry("REACH#2", 5).containsEntry("TAKEN_ON", 0);
  }

  @Test
  void refusesAMappingToAFieldOrColumnThatDoesNotExist() {
    assertThatThrownBy(() -> PostImportMapping.checked(Map.of("LIKES", 1), 3)).isInstanceOf(InvalidInput.class)
        .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsOnlyKeys("mapping"));
    assertThatThrownBy(() -> PostImportMapping.checked(Map.of("REACTIONS#2", 7), 3)).isInstanceOf(InvalidInput.class);
    assertThat(PostImportMapping.checked(Map.of("reactions#2", 2), 3)).containsExactly(Map.entry("REACTIONS#2", 2));
  }

  @Test
  void aHistoricalImportWithoutAPermalinkColumnIsAProblemOfTheHeader() {
    assertThat(PostImportMapping.missing(PostImport.Kind.HISTORICAL_POSTS, Map.of("PUBLISHED_ON", 0)))
        .containsExactly(new PostImport.Problem(1, "PERMALINK", "no column is mapped to it"));
  }

  @Test
  void aBlankCellIsNotRecordedNeverZero() {
    List<PostImport.Problem> problems = new ArrayList<>();
    List<PostRows.Post> posts = read(List.of("2022-07-30", "https://www.facebook.com/p/1", "Thanks", "", "2023-05-15",
        "400", "0", "", " ", ""), PostImport.Kind.HISTORICAL_POSTS, problems);

    assertThat(problems).isEmpty();
    PostRows.Post p = posts.get(0);
    assertThat(p.reactions()).isEqualTo(400);
    assertThat(p.comments()).isZero();
    assertThat(p.shares()).isNull();
    assertThat(p.reach()).isNull();
    assertThat(p.engagedUsers()).isNull();
    assertThat(p.meeting()).isNull();
  }

  @Test
  void acceptsBengaliDigitsInDatesAndFigures() {
    List<PostImport.Problem> problems = new ArrayList<>();
    PostRows.Post p = read(List.of("৩০/০৭/২০২২", "https://www.facebook.com/p/2", "", "", "", "১,২০০", "৪৫", "", "", ""),
        PostImport.Kind.HISTORICAL_POSTS, problems).get(0);

    assertThat(problems).isEmpty();
    assertThat(p.publishedOn()).isEqualTo(LocalDate.of(2022, 7, 30));
    assertThat(p.reactions()).isEqualTo(1200);
    assertThat(p.comments()).isEqualTo(45);
  }

  @Test
  void reportsBadDatesAndBadFiguresByRowAndColumn() {
    List<PostImport.Problem> problems = new ArrayList<>();
    List<PostRows.Post> posts = read(List.of("2023-02-30", "https://www.facebook.com/p/3", "", "", "2024-01-01", "-5",
        "many", "", "", ""), PostImport.Kind.HISTORICAL_POSTS, problems);

    assertThat(posts).isEmpty();
    assertThat(problems).extracting(PostImport.Problem::column).containsExactly("Published on", "Figures taken on",
        "Reactions", "Comments");
    assertThat(problems).allSatisfy(p -> assertThat(p.row()).isEqualTo(2));
    assertThat(problems.get(0).reason()).startsWith("bad date \"2023-02-30\"");
    assertThat(problems.get(1).reason()).contains("in the future");
    assertThat(problems.get(2).reason()).startsWith("negative figure");
    assertThat(problems.get(3).reason()).startsWith("not a whole number");
  }

  @Test
  void aPostNeedsItsDateAndPermalinkAndFiguresNotBeforeIt() {
    List<PostImport.Problem> problems = new ArrayList<>();
    read(List.of("", "ftp://x", "", "", "", "1", "", "", "", ""), PostImport.Kind.HISTORICAL_POSTS, problems);
    read(List.of("2022-08-11", "https://www.facebook.com/p/4", "", "", "2022-08-01", "1", "", "", "", ""),
        PostImport.Kind.HISTORICAL_POSTS, problems);

    assertThat(problems).extracting(PostImport.Problem::reason).containsExactly("is not an http or https address",
        "is required", "is before the post was published (2022-08-11)");
  }

  @Test
  void readsTwoPostsInOneRowAndSkipsAnEmptySecondOne() {
    List<String> header = List.of("Taken on", "Link 1", "Reactions 1", "Link 2", "Reactions 2");
    Map<String, Integer> mapping = PostImportMapping.guess(header);
    List<PostImport.Problem> problems = new ArrayList<>();

    List<PostRows.Post> two = PostRows.read(2, List.of("2022-09-01", "https://fb.com/a", "120", "https://fb.com/b", "30"),
        header, mapping, PostImport.Kind.FIGURES, TODAY, problems);
    List<PostRows.Post> one = PostRows.read(3, List.of("2022-09-02", "https://fb.com/a", "130", "", ""), header, mapping,
        PostImport.Kind.FIGURES, TODAY, problems);

    assertThat(problems).isEmpty();
    assertThat(two).extracting(PostRows.Post::permalink).containsExactly("https://fb.com/a", "https://fb.com/b");
    assertThat(two).extracting(PostRows.Post::takenOn).containsOnly(LocalDate.of(2022, 9, 1));
    assertThat(two.get(1).reactions()).isEqualTo(30);
    assertThat(one).hasSize(1);
  }

  @Test
  void aFiguresRowWithoutAnyFigureIsAProblem() {
    List<PostImport.Problem> problems = new ArrayList<>();
    read(List.of("", "https://www.facebook.com/p/5", "", "", "2022-09-01", "", "", "", "", ""), PostImport.Kind.FIGURES,
        problems);
    assertThat(problems).extracting(PostImport.Problem::reason).containsExactly("no figure is given for this post");
  }

  @Test
  void marksDuplicatePermalinksKnownAlreadyOrTwiceInTheFile() {
    List<PostImport.Problem> problems = new ArrayList<>();
    List<PostRows.Post> posts = new ArrayList<>();
    posts.addAll(PostRows.read(2, List.of("2022-07-30", "https://fb.com/known", "", "", "", "", "", "", "", ""), HEADER,
        PostImportMapping.guess(HEADER), PostImport.Kind.HISTORICAL_POSTS, TODAY, problems));
    posts.addAll(PostRows.read(3, List.of("2022-07-31", "https://fb.com/new", "", "", "", "", "", "", "", ""), HEADER,
        PostImportMapping.guess(HEADER), PostImport.Kind.HISTORICAL_POSTS, TODAY, problems));
    posts.addAll(PostRows.read(4, List.of("2022-08-01", "https://fb.com/new", "", "", "", "", "", "", "", ""), HEADER,
        PostImportMapping.guess(HEADER), PostImport.Kind.HISTORICAL_POSTS, TODAY, problems));

    List<PostRows.Post> fresh = PostRows.withoutDuplicates(posts, Set.of("https://fb.com/known"), HEADER,
        PostImportMapping.guess(HEADER), problems);

    assertThat(fresh).extracting(PostRows.Post::row).containsExactly(3);
    assertThat(problems).containsExactly(
        new PostImport.Problem(2, "Permalink", "duplicate: a post with this permalink is known already"),
        new PostImport.Problem(4, "Permalink", "duplicate: this permalink is in the file twice"));
  }

  @Test
  void figuresByHandNeedOneFigureNoneNegativeAndADayThatCanBe() {
    LocalDate published = LocalDate.of(2022, 8, 11);
    assertThatThrownBy(() -> Figures.checked(TODAY, null, null, null, null, null, TODAY, published))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("at least one figure");
    assertThatThrownBy(() -> Figures.checked(TODAY, 1L, -1L, null, null, null, TODAY, published))
        .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsOnlyKeys("comments"));
    assertThatThrownBy(() -> Figures.checked(TODAY.plusDays(1), 1L, null, null, null, null, TODAY, published))
        .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsOnlyKeys("takenOn"));
    assertThatThrownBy(() -> Figures.checked(published.minusDays(1), 1L, null, null, null, null, TODAY, published))
        .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsOnlyKeys("takenOn"));
    assertThat(Figures.checked(published, 0L, null, null, null, null, TODAY, published).comments()).isNull();
  }
}
