package io.dutygraph.graph.store;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first handler of every Bolt connection: a WebSocket handshake (Bolt over WebSocket, as web pages speak it)
 * whose {@code Origin} is not allowed is answered 403 and closed before Neo4j sees it, so a web page of another
 * origin open in a local browser cannot talk to the database (nor try passwords). A handshake without an Origin
 * comes from a program, not a page, and plain Bolt is not HTTP: both pass untouched, and the handler leaves.
 */
final class WebSocketOriginCheck extends ByteToMessageDecoder {

    private static final Logger log = LoggerFactory.getLogger(WebSocketOriginCheck.class);
    private static final int MAX_HANDSHAKE = 8192;
    private static final byte[] END_OF_HEADERS = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final Set<String> allowedOrigins;

    WebSocketOriginCheck(Set<String> allowedOrigins) {
        this.allowedOrigins = allowedOrigins;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (in.readableBytes() < 4) {
            return;
        }
        if (!"GET ".equals(in.toString(in.readerIndex(), 4, StandardCharsets.US_ASCII))) {
            ctx.pipeline().remove(this);
            return;
        }
        int end = indexOf(in, END_OF_HEADERS);
        if (end < 0) {
            if (in.readableBytes() > MAX_HANDSHAKE) {
                ctx.pipeline().remove(this); // Neo4j refuses an oversized handshake itself
            }
            return;
        }
        String origin = origin(in.toString(in.readerIndex(), end - in.readerIndex(), StandardCharsets.ISO_8859_1));
        if (origin == null || allowedOrigins.contains(origin)) {
            ctx.pipeline().remove(this);
            return;
        }
        in.skipBytes(in.readableBytes());
        log.warn("Refused Bolt over WebSocket from a web page of origin '{}' (a trusted one, such as Neo4j Browser's, "
                + "can be listed in dutygraph.neo4j.embedded.bolt-web-origins)",
                origin.length() > 100 ? origin.substring(0, 100) + "…" : origin);
        ctx.writeAndFlush(Unpooled.copiedBuffer("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                StandardCharsets.US_ASCII)).addListener(ChannelFutureListener.CLOSE);
    }

    /** The value of the Origin header of an HTTP request head; null without one. */
    static String origin(String head) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("origin")) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }

    private static int indexOf(ByteBuf in, byte[] pattern) {
        int last = in.writerIndex() - pattern.length;
        for (int i = in.readerIndex(); i <= last; i++) {
            boolean match = true;
            for (int j = 0; j < pattern.length && match; j++) {
                match = in.getByte(i + j) == pattern[j];
            }
            if (match) {
                return i;
            }
        }
        return -1;
    }
}
