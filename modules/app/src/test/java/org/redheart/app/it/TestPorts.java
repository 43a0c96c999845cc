package org.redheart.app.it;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free ports for the servers the tests start, taken below Linux's ephemeral range (32768 and up):
 * a port from {@code new ServerSocket(0)} is an ephemeral one, and an outgoing connection of the
 * test JVM can take it between the check and the server's bind (the server then starts without its
 * HTTP listener).
 */
final class TestPorts {
  private TestPorts() {}

  static int free() throws IOException {
    for (int i = 0; i < 200; i++) {
      int candidate = ThreadLocalRandom.current().nextInt(20_000, 32_000);
      if (isFree(candidate)) {
        return candidate;
      }
    }
    throw new IOException("no free port between 20000 and 32000");
  }

  static boolean isFree(int port) {
    try (ServerSocket s = new ServerSocket()) {
      s.setReuseAddress(false);
      s.bind(new InetSocketAddress(port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
