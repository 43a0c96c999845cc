package org.redheart.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Uploading and downloading files over HTTP, and the documents and charts made from meetings. */
@ExtendWith(TestServer.class)
class FilesApiIT {
  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void aPhotoWithItsGpsPositionIsStoredWithoutIt() throws Exception {
    String token = tokenOfNewUser("ORGANISER");
    byte[] photo = jpegWithGps();
    assertThat(((JpegImageMetadata) Imaging.getMetadata(photo)).getExif().getGpsInfo()).isNotNull();

    HttpResponse<byte[]> created = upload(token, "dhaka-meeting.jpg", photo);
    assertThat(created.statusCode()).isEqualTo(201);
    String json = text(created);
    assertThat(json).contains("\"contentType\":\"image/jpeg\"").contains("\"name\":\"dhaka-meeting.jpg\"");
    String id = group(ID, json);

    HttpResponse<byte[]> content = get(token, "/api/files/" + id + "/content");
    assertThat(content.statusCode()).isEqualTo(200);
    assertThat(content.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    assertThat(content.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(content.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
        assertThat(d).startsWith("inline;").contains("filename*=UTF-8''dhaka-meeting.jpg"));
    var metadata = Imaging.getMetadata(content.body());
    assertThat(metadata == null || ((JpegImageMetadata) metadata).getExif() == null).as("no EXIF left").isTrue();
    assertThat(ImageIO.read(new ByteArrayInputStream(content.body())).getWidth()).isEqualTo(64);
  }

  @Test
  void aRenamedExecutableIsRefusedWithAClearProblem() throws Exception {
    String token = tokenOfNewUser("ORGANISER");
    byte[] elf = new byte[256];
    System.arraycopy(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, 0, elf, 0, 8);
    elf[16] = 2;
    elf[18] = 0x3E;
    HttpResponse<byte[]> r = upload(token, "photo.jpg", elf);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
    assertThat(text(r)).contains("\"field\":\"file\"").contains("executable").contains("photo.jpg");
    assertThat(text(get(token, "/api/files"))).contains("\"total\":0");
  }

  @Test
  void aMislabelledFileIsKeptAsWhatItIsUnderASafeName() throws Exception {
    String token = tokenOfNewUser("ORGANISER");
    HttpResponse<byte[]> created = upload(token, "সভার \"প্রতিবেদন\".pdf", picture("png"));
    assertThat(created.statusCode()).isEqualTo(201);
    String id = group(ID, text(created));
    HttpResponse<byte[]> content = get(token, "/api/files/" + id + "/content");
    assertThat(content.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(content.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
        assertThat(d).contains("filename=\"").contains("filename*=UTF-8''%E0%A6%B8").endsWith(".png").doesNotContain("\"প্রতিবেদন\""));
  }

  @Test
  void anOversizedUploadIsRefusedBeforeItsBodyIsRead() throws Exception {
    String token = tokenOfNewUser("ORGANISER");
    URI base = URI.create(TestServer.get().baseUrl());
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(15_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST /api/files HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAuthorization: Bearer " + token
          + "\r\nContent-Type: multipart/form-data; boundary=XyZ\r\nContent-Length: 300000000\r\n\r\n--XyZ\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      // only the first few bytes of the announced 300 MB were sent: the answer comes anyway
      String answer = readAnswer(socket.getInputStream());
      assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json").contains("limit of 20 MB");
    }
  }

  @Test
  void onlyTheOwnerAndAdminsSeeAFile() throws Exception {
    String owner = tokenOfNewUser("ORGANISER");
    String id = group(ID, text(upload(owner, "poster.png", picture("png"))));
    String other = tokenOfNewUser("ORGANISER", "SUPERVISOR");
    assertThat(get(other, "/api/files/" + id).statusCode()).isEqualTo(404);
    assertThat(get(other, "/api/files/" + id + "/content").statusCode()).isEqualTo(404);
    assertThat(get(owner, "/api/files/" + id).statusCode()).isEqualTo(200);
    assertThat(Browserless.admin().get("/api/files/" + id).statusCode()).isEqualTo(200);
    assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(TestServer.get().baseUrl() + "/api/files/" + id)).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
  }

  @Test
  void aMeetingsStepHistoryDownloadsAsABanglaWordDocumentAndTheStageChartAsAnImage() throws Exception {
    String token = tokenOfNewUser("ORGANISER");
    Browserless organiser = Browserless.withToken(token);
    String meetingId = group(ID, organiser.postJson("/api/meetings",
        MeetingsApiIT.meetingJson("অভিভাবক সভা", MeetingsApiIT.future(), 30)).body());

    HttpResponse<byte[]> docx = get(token, "/api/documents/meetings/" + meetingId + "/history.docx?lang=bn");
    assertThat(docx.statusCode()).isEqualTo(200);
    assertThat(docx.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("attachment;"));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
      assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("অভিভাবক সভা");
      var rpr = doc.getParagraphs().get(0).getRuns().get(0).getCTR().getRPr();
      assertThat(rpr.getRFontsArray(0).getCs()).isEqualTo("Noto Sans Bengali");
      assertThat(rpr.getLangArray(0).getBidi()).isEqualTo("bn-BD");
    }

    HttpResponse<byte[]> png = get(token, "/api/documents/charts/meetings-by-stage.png?lang=bn");
    assertThat(png.statusCode()).isEqualTo(200);
    assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(ImageIO.read(new ByteArrayInputStream(png.body())).getWidth()).isEqualTo(800);
    assertThat(get(tokenOfNewUser("ORGANISER"), "/api/documents/meetings/" + UUID.randomUUID() + "/history.docx").statusCode())
        .isEqualTo(404);
  }

  private static String tokenOfNewUser(String... roles) {
    return Browserless.anonymous().login(Browserless.newUser(roles), Browserless.PASSWORD).createToken();
  }

  private static HttpResponse<byte[]> upload(String token, String name, byte[] content) throws Exception {
    String boundary = "----rh" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name.replace("\"", "%22")
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(content);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create(TestServer.get().baseUrl() + "/api/files"))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
        .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private static HttpResponse<byte[]> get(String token, String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(TestServer.get().baseUrl() + path))
        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String text(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  private static String group(Pattern p, String body) {
    Matcher m = p.matcher(body);
    assertThat(m.find()).as("pattern %s in %s", p, body).isTrue();
    return m.group(1);
  }

  private static String readAnswer(InputStream in) throws Exception {
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int n;
    try {
      while ((n = in.read(buffer)) > 0) {
        answer.write(buffer, 0, n);
        String sofar = answer.toString(StandardCharsets.UTF_8);
        if (sofar.contains("\r\n\r\n") && sofar.contains("}")) {
          break;
        }
      }
    } catch (java.net.SocketTimeoutException e) {
      // return what arrived
    }
    return answer.toString(StandardCharsets.UTF_8);
  }

  static byte[] picture(String format) throws Exception {
    BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0xB3, 0x13, 0x2B));
    g.fillRect(8, 8, 40, 24);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    return out.toByteArray();
  }

  static byte[] jpegWithGps() throws Exception {
    TiffOutputSet exif = new TiffOutputSet();
    exif.setGpsInDegrees(90.4125, 23.8103);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ExifRewriter().updateExifMetadataLossless(picture("jpg"), out, exif);
    return out.toByteArray();
  }
}
