"""textual-serve's server, locked to this laptop and to the window it opened.

- It listens on 127.0.0.1 only, on a port the system hands out (the socket is
  bound before the server starts: no race for the port).
- Every address starts with a token (``secrets.token_urlsafe``, 256 bits): the
  page, its scripts and the websocket. A request without it is refused (403).
- A request whose ``Host`` is not ``127.0.0.1:PORT`` is refused (a web page
  that points a DNS name at 127.0.0.1 cannot reach the server), and so is one
  whose ``Origin`` is another site; the websocket must come from the page's
  own origin.
- The page loads nothing from elsewhere (its own template, no web fonts) and a
  Content-Security-Policy keeps it so: nothing leaves the machine.
- When the last window closes (its websocket ends) and no other connects
  within a grace period, the server stops; so it does when no window connects
  at all within ``first_wait`` seconds. Access logging is off.
"""

from __future__ import annotations

import asyncio
import secrets
import signal
import socket
from collections.abc import Callable
from pathlib import Path

import aiohttp_jinja2
import jinja2
from aiohttp import web
from textual_serve.server import Server

TEMPLATES = Path(__file__).resolve().parent / "templates"
LOOPBACK = "127.0.0.1"
#: seconds a closed window may take to come back (a reload) before the server stops
GRACE_SECONDS = 10.0
#: seconds to wait for the first window
FIRST_WAIT_SECONDS = 300.0


def bind_loopback() -> socket.socket:
    """A listening socket on 127.0.0.1 and a free port chosen by the system."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind((LOOPBACK, 0))
    sock.listen(16)
    sock.setblocking(False)
    return sock


class LocalServer(Server):
    """``LocalServer(command, sock)``: serve the app ``command`` behind a token on ``sock``."""

    def __init__(
        self,
        command: str,
        sock: socket.socket,
        *,
        title: str = "QueZ",
        grace: float = GRACE_SECONDS,
        first_wait: float = FIRST_WAIT_SECONDS,
        token: str | None = None,
    ) -> None:
        host, port = sock.getsockname()[:2]
        if host != LOOPBACK:
            raise ValueError(f"QueZ serves on {LOOPBACK} only, not {host}")
        super().__init__(command, host=LOOPBACK, port=port, title=title, templates_path=TEMPLATES)
        self.sock = sock
        self.token = token or secrets.token_urlsafe(32)
        self.origin = f"http://{LOOPBACK}:{port}"  # what the browser sends as Origin; also public_url
        self.public_url = self.origin
        self.url = f"{self.origin}/{self.token}/"
        self.grace, self.first_wait = grace, first_wait
        self.windows = 0  # open websockets
        self._stop: asyncio.Event | None = None
        self._timer: asyncio.TimerHandle | None = None

    # -- the guard ---------------------------------------------------------------------

    def refusal(self, request: web.Request) -> str | None:
        """Why ``request`` is refused, or None."""
        if request.host != f"{LOOPBACK}:{self.port}":
            return "host"
        origin = request.headers.get("Origin")
        if origin is not None and origin != self.origin:
            return "origin"
        if request.headers.get("Sec-Fetch-Site") == "cross-site":
            return "origin"
        first, _, rest = request.path.lstrip("/").partition("/")
        if not secrets.compare_digest(first.encode(), self.token.encode()):
            return "token"
        if rest == "ws" and origin is None:
            return "origin"  # a browser always says where a websocket comes from
        return None

    @web.middleware
    async def guard(self, request: web.Request, handler: Callable) -> web.StreamResponse:
        if self.refusal(request) is not None:
            return web.Response(status=403, text="Geweigerd.\n", headers=self.headers())
        response = await handler(request)
        if not response.prepared:
            response.headers.update(self.headers())
        return response

    def headers(self) -> dict[str, str]:
        ws = f"ws://{LOOPBACK}:{self.port}"
        return {
            "Content-Security-Policy": (
                f"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                f"img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' {ws}; "
                "frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
            ),
            "Referrer-Policy": "no-referrer",
            "X-Frame-Options": "DENY",
            "X-Content-Type-Options": "nosniff",
            "Cache-Control": "no-store",
        }

    async def _make_app(self) -> web.Application:
        app = web.Application(middlewares=[self.guard])
        aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(self.templates_path))
        prefix = f"/{self.token}"
        app.add_routes([
            web.get(f"{prefix}/", self.handle_index, name="index"),
            web.get(f"{prefix}/ws", self.handle_websocket, name="websocket"),
            web.static(f"{prefix}/static", self.statics_path, name="static"),
        ])
        return app

    # -- lifetime: as long as a window is open ------------------------------------------

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        self.windows += 1
        self._cancel_timer()
        try:
            return await super().handle_websocket(request)
        finally:
            self.windows -= 1
            if self.windows == 0:
                self._stop_after(self.grace)

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _stop_after(self, seconds: float) -> None:
        self._cancel_timer()
        stop = self._stop
        if stop is not None:
            self._timer = asyncio.get_running_loop().call_later(seconds, stop.set)

    def request_exit(self) -> None:
        if self._stop is not None:
            self._stop.set()

    async def run(self, ready: Callable[[str], None] | None = None) -> None:
        """Serve until the windows are closed (or Ctrl+C); ``ready(url)`` once listening."""
        self._stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM,):
            try:
                loop.add_signal_handler(sig, self._stop.set)
            except (NotImplementedError, RuntimeError, ValueError):
                pass  # Windows: Ctrl+C still ends asyncio.run
        runner = web.AppRunner(await self._make_app(), access_log=None, handle_signals=False)
        await runner.setup()
        try:
            await web.SockSite(runner, self.sock, shutdown_timeout=5.0).start()
            self._stop_after(self.first_wait)
            if ready is not None:
                ready(self.url)
            await self._stop.wait()
        finally:
            self._cancel_timer()
            await runner.cleanup()  # closes the websockets: each app process is told to quit

    def serve(self, debug: bool = False, ready: Callable[[str], None] | None = None) -> None:
        asyncio.run(self.run(ready))
