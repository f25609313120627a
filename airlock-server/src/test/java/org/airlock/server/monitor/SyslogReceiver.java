package org.airlock.server.monitor;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A syslog receiver on a loopback UDP port, keeping each datagram as a line. */
final class SyslogReceiver implements AutoCloseable {

    private final DatagramSocket socket;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;

    SyslogReceiver() throws IOException {
        socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        reader = Thread.ofPlatform().daemon().start(() -> {
            byte[] buffer = new byte[8192];
            while (!socket.isClosed()) {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                try {
                    socket.receive(packet);
                    lines.add(new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    return; // closed
                }
            }
        });
    }

    String target() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() throws InterruptedException {
        socket.close();
        reader.join(2_000);
    }
}
