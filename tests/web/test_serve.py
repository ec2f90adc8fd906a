"""quez serve: loopback only, the token, other origins and hosts refused, stops when the window closes.

A real ``quez serve --no-browser`` process, plain HTTP requests (urllib) and a websocket
(aiohttp) on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import json
import urllib.error
import urllib.request

import pytest
from web_support import start_serve, stop

pytest.importorskip("textual_serve", reason="quez serve needs the web extra: pip install 'quez[web]'")
pytestmark = pytest.mark.slow  # the web server, started for real


def status(url: str, **headers: str) -> int:
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


@pytest.fixture
def served(tmp_path):
    served = start_serve(tmp_path, "--lock-minutes", "3")
    yield served
    stop(served)


def test_page_needs_the_token_the_host_and_no_other_origin(served):
    url, origin = served.url, served.origin
    assert origin.startswith("http://127.0.0.1:") and len(served.token) >= 40  # 256 random bits
    with urllib.request.urlopen(url, timeout=20) as response:
        page = response.read().decode()
        policy = response.headers["Content-Security-Policy"]
    assert f"ws://127.0.0.1:{served.port}/{served.token}/ws" in page
    assert "googleapis" not in page and "https://" not in page  # the page loads nothing from elsewhere
    assert "default-src 'self'" in policy and "connect-src 'self'" in policy
    assert status(f"{url}static/js/textual.js") == 200
    # without the token, with a wrong one, or with the token as a mere prefix
    assert status(f"{origin}/") == 403
    assert status(f"{origin}/static/js/textual.js") == 403
    assert status(f"{origin}/{served.token[:-1]}x/") == 403
    assert status(f"{origin}/{served.token}extra/") == 403
    # another site's page, or a DNS name pointed at 127.0.0.1
    assert status(url, Origin="http://voorbeeld.example") == 403
    assert status(url, **{"Sec-Fetch-Site": "cross-site"}) == 403
    assert status(url, Host=f"voorbeeld.example:{served.port}") == 403
    assert status(url, Host=f"localhost:{served.port}") == 403
    assert status(url, Origin=origin) == 200


def test_only_loopback_is_listened_on(served):
    import socket

    # the server's port answers on 127.0.0.1 and on no other address of this machine
    others = {info[4][0] for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)}
    others -= {"127.0.0.1"}
    for address in others:
        if address.startswith("127."):
            continue
        with socket.socket() as probe:
            probe.settimeout(2)
            assert probe.connect_ex((address, served.port)) != 0, address
    with socket.create_connection(("127.0.0.1", served.port), timeout=5):
        pass


async def test_websocket_from_the_page_only_and_the_server_stops_with_the_window(served):
    import aiohttp

    ws_url = f"ws://127.0.0.1:{served.port}/{served.token}/ws?width=100&height=30"
    async with aiohttp.ClientSession() as session:
        for headers in ({"Origin": "http://voorbeeld.example"}, {}):  # another site; no origin at all
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await session.ws_connect(ws_url, headers=headers)
            assert refused.value.status == 403
        with pytest.raises(aiohttp.WSServerHandshakeError):
            await session.ws_connect(f"ws://127.0.0.1:{served.port}/ws", headers={"Origin": served.origin})

        ws = await session.ws_connect(ws_url, headers={"Origin": served.origin})
        received = b""
        async def until(text: bytes, seconds: float = 60) -> None:
            nonlocal received
            loop = asyncio.get_running_loop()
            end = loop.time() + seconds
            while text not in received:
                message = await ws.receive(timeout=max(end - loop.time(), 0.1))
                if message.type == aiohttp.WSMsgType.BINARY:
                    received += message.data
                elif message.type != aiohttp.WSMsgType.TEXT:
                    raise AssertionError(f"websocket ended: {message.type}; got {received[-500:]!r}")
        await ws.send_str(json.dumps(["resize", {"width": 100, "height": 30}]))
        await until(b"Vragenbanken beheren")  # the home screen, drawn by the app
        apps = served.app_processes()
        assert len(apps) == 1 and "--lock-minutes 3" in apps[0]  # the auto-lock goes along
        await ws.send_str(json.dumps(["stdin", "q"]))  # "Afsluiten" on the home screen: the app ends ...
        message = await ws.receive(timeout=60)
        while message.type in (aiohttp.WSMsgType.BINARY, aiohttp.WSMsgType.TEXT):
            message = await ws.receive(timeout=60)
        assert message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED)  # ... and closes the window
    code, out = await asyncio.to_thread(served.wait_stopped, 60)
    assert code == 0 and "QueZ is gestopt" in out
    assert served.app_processes() == []


def test_a_database_that_cannot_be_opened_is_said_on_the_terminal(tmp_path):
    import os
    import subprocess

    from web_support import QUEZ

    db = tmp_path / "kapot.db"
    db.write_bytes(b"dit is geen database" * 100)
    env = {**os.environ, "QUEZ_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run([str(QUEZ), "--db", str(db), "serve", "--no-browser"], capture_output=True, text=True,
                            timeout=60, env=env, stdin=subprocess.DEVNULL)
    assert result.returncode == 1
    assert "geen (leesbare) QueZ-database" in result.stderr and "Traceback" not in result.stderr
    assert "127.0.0.1" not in result.stdout  # no server was started


async def test_encrypted_database_asks_once_on_the_terminal(tmp_path):
    import io
    import os

    import aiohttp
    import pexpect
    from web_support import QUEZ

    from quez.storage import crypto
    from quez.storage.store import Store

    if not crypto.available():
        pytest.skip("sqlcipher3 is not installed here (pip install 'quez[encryption]')")
    db = tmp_path / "versleuteld.db"
    secret = "het wachtwoord van de database"
    crypto.remember(db, secret)
    try:
        with Store(db) as store:
            store.create_client("KL-1")
    finally:
        crypto.forget_all()
    env = {**os.environ, "QUEZ_DATA_DIR": str(tmp_path / "data"), "PYTHONUNBUFFERED": "1"}
    child = pexpect.spawn(str(QUEZ), ["--db", str(db), "serve", "--no-browser", "--grace", "1"], env=env,
                          encoding="utf-8", timeout=60, dimensions=(30, 200))
    shown = io.StringIO()
    child.logfile_read = shown
    try:
        child.expect("Wachtwoord voor")
        child.sendline(secret)
        child.expect(r"http://127\.0\.0\.1:(\d+)/([A-Za-z0-9_-]+)/")
        port, token = child.match.group(1), child.match.group(2)
        async with aiohttp.ClientSession() as session:
            ws = await session.ws_connect(f"ws://127.0.0.1:{port}/{token}/ws?width=160&height=30",
                                          headers={"Origin": f"http://127.0.0.1:{port}"})
            received = b""
            while b"blijft op deze computer" not in received:  # the home screen once the database is open
                message = await ws.receive(timeout=60)
                assert message.type in (aiohttp.WSMsgType.BINARY, aiohttp.WSMsgType.TEXT), received[-800:]
                received += message.data if message.type == aiohttp.WSMsgType.BINARY else b""
            assert secret.encode() not in received
            await ws.close()
        child.expect("QueZ is gestopt")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert secret not in shown.getvalue()  # typed hidden, never printed
