"""A local stand-in for Slack's Socket Mode side: a WebSocket server on 127.0.0.1.

    >>> sockets = SocketModeStandin().start()
    >>> slack_standin.answer("apps.connections.open", {"url": sockets.url})
    >>> sockets.wait_for_connections(1)          # the app connected; "hello" was sent
    >>> envelope_id = sockets.send_envelope("slash_commands", payload)
    >>> ack = sockets.wait_for_ack(envelope_id)  # {"envelope_id": ..., "payload": {...}}
    >>> sockets.send({"type": "disconnect", "reason": "refresh_requested"})
    >>> sockets.drop()                           # the TCP connection just goes away

RFC 6455 framing is done here with the standard library (text, ping/pong, close),
enough for slack_sdk's built-in Socket Mode client.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import itertools
import json
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from typing import Any

_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


@dataclass
class _Connection:
    sock: socket.socket
    number: int
    open: bool = True
    lock: threading.Lock = field(default_factory=threading.Lock)

    def send_frame(self, opcode: int, data: bytes) -> None:
        header = bytes([0x80 | opcode])
        if len(data) < 126:
            header += bytes([len(data)])
        elif len(data) < 65536:
            header += bytes([126]) + struct.pack("!H", len(data))
        else:
            header += bytes([127]) + struct.pack("!Q", len(data))
        with self.lock:
            self.sock.sendall(header + data)


@dataclass
class SocketModeStandin:
    """Slack's WebSocket endpoint: sends envelopes, records acknowledgements."""

    host: str = "127.0.0.1"
    connections: list[_Connection] = field(default_factory=list)
    acks: list[tuple[float, dict[str, Any]]] = field(default_factory=list)
    sent_at: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._server = socket.create_server((self.host, 0))
        self._changed = threading.Condition()
        self._ids = itertools.count(1)
        self._closed = False

    @property
    def url(self) -> str:
        return f"ws://{self.host}:{self._server.getsockname()[1]}/link/?ticket=standin"

    def start(self) -> SocketModeStandin:
        threading.Thread(target=self._accept_loop, daemon=True).start()
        return self

    def stop(self) -> None:
        self._closed = True
        self._server.close()
        for connection in self.connections:
            with contextlib.suppress(OSError):
                connection.sock.close()

    # -- what the test does --------------------------------------------------------

    @property
    def current(self) -> _Connection:
        open_ones = [c for c in self.connections if c.open]
        assert open_ones, "no open connection"
        return open_ones[-1]

    def send(self, message: dict[str, Any], connection: _Connection | None = None) -> None:
        (connection or self.current).send_frame(0x1, json.dumps(message).encode())

    def send_envelope(
        self,
        kind: str,
        payload: dict[str, Any],
        *,
        envelope_id: str | None = None,
        retry_attempt: int = 0,
        connection: _Connection | None = None,
    ) -> str:
        """Send one envelope (``slash_commands``, ``interactive``, ``events_api``)."""
        envelope_id = envelope_id or f"env-{next(self._ids)}-{time.time_ns()}"
        message = {
            "envelope_id": envelope_id,
            "type": kind,
            "payload": payload,
            "accepts_response_payload": kind != "events_api",
        }
        if kind == "events_api":
            message |= {"retry_attempt": retry_attempt, "retry_reason": ""}
        self.sent_at[envelope_id] = time.monotonic()
        self.send(message, connection)
        return envelope_id

    def drop(self, connection: _Connection | None = None) -> None:
        """The connection vanishes without a close frame, as when a network drops."""
        connection = connection or self.current
        connection.open = False
        with contextlib.suppress(OSError):
            connection.sock.shutdown(socket.SHUT_RDWR)
        connection.sock.close()

    def wait_for_connections(self, count: int, timeout: float = 15) -> _Connection:
        """Wait until ``count`` connections were made in all; the newest open one."""
        self._wait(lambda: len(self.connections) >= count and self.connections[-1].open, timeout)
        return self.connections[-1]

    def wait_for_ack(self, envelope_id: str, timeout: float = 10) -> dict[str, Any]:
        self._wait(lambda: self.ack_for(envelope_id) is not None, timeout)
        return self.ack_for(envelope_id)  # type: ignore[return-value]

    def ack_for(self, envelope_id: str) -> dict[str, Any] | None:
        with self._changed:
            return next((a for _, a in self.acks if a.get("envelope_id") == envelope_id), None)

    def ack_delay(self, envelope_id: str) -> float:
        with self._changed:
            when = next(t for t, a in self.acks if a.get("envelope_id") == envelope_id)
        return when - self.sent_at[envelope_id]

    def _wait(self, condition, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        with self._changed:
            while not condition():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError("the Socket Mode stand-in did not see what was expected")
                self._changed.wait(remaining)

    # -- serving -------------------------------------------------------------------

    def _accept_loop(self) -> None:
        while not self._closed:
            try:
                sock, _ = self._server.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(sock,), daemon=True).start()

    def _serve(self, sock: socket.socket) -> None:
        try:
            request = b""
            while b"\r\n\r\n" not in request:
                chunk = sock.recv(4096)
                if not chunk:
                    return
                request += chunk
            key = next(
                line.split(b":", 1)[1].strip().decode()
                for line in request.split(b"\r\n")
                if line.lower().startswith(b"sec-websocket-key:")
            )
            accept = base64.b64encode(hashlib.sha1((key + _GUID).encode()).digest()).decode()
            sock.sendall(
                (
                    "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                    f"Connection: Upgrade\r\nSec-WebSocket-Accept: {accept}\r\n\r\n"
                ).encode()
            )
            with self._changed:
                connection = _Connection(sock, len(self.connections) + 1)
                self.connections.append(connection)
                self._changed.notify_all()
            hello = {
                "type": "hello",
                "num_connections": 1,
                "debug_info": {"host": "standin", "approximate_connection_time": 3600},
                "connection_info": {"app_id": "A0STANDIN"},
            }
            connection.send_frame(0x1, json.dumps(hello).encode())
            self._read_frames(connection)
        except (OSError, StopIteration):
            pass
        finally:
            with self._changed:
                for connection in self.connections:
                    if connection.sock is sock:
                        connection.open = False
                self._changed.notify_all()
            with contextlib.suppress(OSError):
                sock.close()

    def _read_frames(self, connection: _Connection) -> None:
        buffer = b""

        def take(count: int) -> bytes:
            nonlocal buffer
            while len(buffer) < count:
                chunk = connection.sock.recv(65536)
                if not chunk:
                    raise OSError("closed")
                buffer += chunk
            data, buffer = buffer[:count], buffer[count:]
            return data

        while connection.open:
            first, second = take(2)
            opcode, masked, length = first & 0x0F, second & 0x80, second & 0x7F
            if length == 126:
                (length,) = struct.unpack("!H", take(2))
            elif length == 127:
                (length,) = struct.unpack("!Q", take(8))
            mask = take(4) if masked else b"\0\0\0\0"
            data = bytes(b ^ mask[i % 4] for i, b in enumerate(take(length)))
            if opcode == 0x9:
                connection.send_frame(0xA, data)
            elif opcode == 0x8:
                with contextlib.suppress(OSError):
                    connection.send_frame(0x8, data[:2])
                return
            elif opcode == 0x1:
                with contextlib.suppress(ValueError):
                    message = json.loads(data.decode())
                    with self._changed:
                        self.acks.append((time.monotonic(), message))
                        self._changed.notify_all()
