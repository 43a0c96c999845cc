package org.redheart.platform.application;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A tiny SMTP server whose answers the test chooses: to RCPT TO (by address) and to the end of
 * DATA (by how many messages it was offered so far). Records the Message-IDs it accepted.
 */
final class ScriptedSmtpServer implements AutoCloseable {
  private final ServerSocket socket;
  private final Thread thread;
  volatile Function<String, String> rcptReply = address -> "250 2.1.5 OK";
  volatile Function<Integer, String> dataReply = n -> "250 2.0.0 OK";
  final List<String> accepted = new CopyOnWriteArrayList<>();
  private int offered;

  ScriptedSmtpServer() throws IOException {
    socket = new ServerSocket(0);
    thread = new Thread(this::serve, "scripted-smtp");
    thread.setDaemon(true);
    thread.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket s = socket.accept()) {
        handle(s);
      } catch (IOException e) {
        // closed, or the client went away
      }
    }
  }

  private void handle(Socket s) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
    PrintWriter out = new PrintWriter(s.getOutputStream(), true, StandardCharsets.UTF_8);
    reply(out, "220 scripted ESMTP");
    String line;
    while ((line = in.readLine()) != null) {
      String upper = line.toUpperCase();
      if (upper.startsWith("EHLO") || upper.startsWith("HELO")) {
        reply(out, "250 scripted");
      } else if (upper.startsWith("MAIL FROM")) {
        reply(out, "250 2.1.0 OK");
      } else if (upper.startsWith("RCPT TO")) {
        String address = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
        reply(out, rcptReply.apply(address));
      } else if (upper.startsWith("DATA")) {
        reply(out, "354 go ahead");
        String messageId = null;
        String d;
        while ((d = in.readLine()) != null && !d.equals(".")) {
          if (messageId == null && d.regionMatches(true, 0, "Message-ID:", 0, 11)) {
            messageId = d.substring(11).strip();
          }
        }
        String answer = dataReply.apply(++offered);
        if (answer.startsWith("250")) {
          accepted.add(messageId);
        }
        reply(out, answer);
        if (answer.startsWith("421")) {
          return;
        }
      } else if (upper.startsWith("QUIT")) {
        reply(out, "221 bye");
        return;
      } else {
        reply(out, "250 OK");
      }
    }
  }

  private static void reply(PrintWriter out, String text) {
    out.print(text + "\r\n");
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
