"""Socket Mode under disconnects, drops and redelivery."""

import json
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

from bench.attacks import Row
from store.db import open_store
from store.digest.subscriptions import list_subscriptions
from tests.served_app import app_env, bot_process_env
from tests.signed_requests import SignedClient
from tests.slack_standin import TEAM_ID, SlackStandin
from tests.socket_standin import SocketModeStandin
from tests.store_rows import seed_answers


def socket_mode(tmp: Path, standin: SlackStandin, tries: int) -> list[Row]:
    """`python -m bot socket`: envelopes acked within 3 s and answered; disconnects and
    drops reconnect; a redelivered command runs once."""
    standin.reset()
    sockets = SocketModeStandin().start()
    store = tmp / "socket.db"
    db = open_store(store)
    seed_answers(db)
    db.close()
    standin.answer("apps.connections.open", {"url": sockets.url})
    env = app_env(standin, store, SLACK_APP_TOKEN="xapp-1-A0STANDIN-1-secret")
    with open(tmp / "socket.log", "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "socket"], cwd=tmp, env=bot_process_env(env),
            stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
    client = SignedClient("http://unused", "unused", standin)

    def command(text: str, channel: str = "C123") -> dict:
        payload = dict(urllib.parse.parse_qsl(client.slash_command_body(text, channel_id=channel)))
        payload["trigger_id"] = f"{time.time_ns()}.trigger"
        return payload

    def acked_in_time(envelope_id: str) -> bool:
        try:
            ack = sockets.wait_for_ack(envelope_id, timeout=10)
        except TimeoutError:
            return False
        return sockets.ack_delay(envelope_id) < 3 and bool(ack.get("payload", {}).get("blocks"))

    rows: list[Row] = []
    try:
        sockets.wait_for_connections(1, timeout=30)
        fails = sum(
            not acked_in_time(sockets.send_envelope("slash_commands", command("ml-intern boston")))
            for _ in range(tries)
        )
        rows.append(("socket mode: command acked in 3 s and answered", tries, fails))
        fails = 0
        for i in range(tries):
            connections = len(sockets.connections)
            reason = ("refresh_requested", "warning")[i % 2]
            sockets.send({"type": "disconnect", "reason": reason})
            try:
                sockets.wait_for_connections(connections + 1, timeout=15)
            except TimeoutError:
                fails += 1
                continue
            fails += not acked_in_time(sockets.send_envelope("slash_commands", command("help")))
        rows.append(("socket mode: disconnect envelope, then a command", tries, fails))
        fails = 0
        for i in range(tries):
            channel = f"C-sock-{i}"
            acked_in_time(
                sockets.send_envelope(
                    "slash_commands", command("subscribe ml-intern boston", channel)
                )
            )
            check = open_store(store)
            [sub] = list_subscriptions(check, TEAM_ID, channel)
            unsubscribe = command(f"unsubscribe #{sub.id}", channel)
            connections = len(sockets.connections)
            sockets.send_envelope("slash_commands", unsubscribe)
            sockets.drop()
            try:
                sockets.wait_for_connections(connections + 1, timeout=30)
                ack = sockets.wait_for_ack(sockets.send_envelope("slash_commands", unsubscribe))
            except TimeoutError:
                fails += 1
                continue
            gone = list_subscriptions(check, TEAM_ID, channel) == []
            fails += not gone or "Unsubscribed" not in json.dumps(ack)
            check.close()
        rows.append(("socket mode: dropped socket, command redelivered", tries, fails))
    finally:
        process.terminate()
        process.wait(timeout=10)
        sockets.stop()
    return rows
