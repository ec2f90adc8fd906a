"""quez serve in a real browser: headless Chromium (Debian's package) shows the home screen and a key
typed in the page reaches the app.

Skips, saying why, where Chromium is not installed (``.ci/run`` installs it where it can:
``apt-get install chromium``).
"""

from __future__ import annotations

import pytest
from cdp import Browser, find_chromium, png_pixels
from web_support import start_serve, stop

pytest.importorskip("textual_serve", reason="quez serve needs the web extra: pip install 'quez[web]'")
pytestmark = [
    pytest.mark.skipif(
        find_chromium() is None,
        reason="Chromium is not installed (Debian: apt-get install chromium); the browser test needs it",
    ),
    pytest.mark.slow,  # a headless browser on the web server
]

#: before the page's own scripts: keep what the terminal receives and sends, as text
RECORD = r"""
(() => {
  const Native = window.WebSocket, decoder = new TextDecoder();
  const log = window.__quez = { received: "", sent: [] };
  log.text = () => log.received.replace(/\x1b\[[0-9;:?<>=]*[ -\/]*[@-~]/g, "")
                               .replace(/\x1b\][^\x07\x1b]*(\x07|\x1b\\)/g, "").replace(/\x1b[^\[\]]/g, "");
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", (event) => {
        log.received += typeof event.data === "string" ? "" : decoder.decode(event.data, { stream: true });
      });
    }
    send(data) { log.sent.push(String(data)); return super.send(data); }
  };
})();
"""


@pytest.fixture
def served(tmp_path):
    served = start_serve(tmp_path)
    yield served
    stop(served)


async def test_home_screen_renders_and_a_typed_key_reaches_the_app(served, tmp_path):
    profile = tmp_path / "chromium-profiel"
    profile.mkdir()
    async with Browser(profile, 1000, 640) as browser:
        page = await browser.page()
        await page.send("Page.enable")
        await page.send("Page.addScriptToEvaluateOnNewDocument", source=RECORD)
        await page.send("Page.navigate", url=served.url)
        # the app's home screen arrives in the page's terminal ...
        await page.wait_for("window.__quez && window.__quez.text().includes('Vragenbanken beheren')")
        await page.wait_for("document.body.classList.contains('-first-byte')")  # ... which is shown
        assert await page.evaluate("document.title") == "QueZ"
        await page.evaluate("new Promise(r => setTimeout(r, 500))")
        shot = await page.screenshot()
        (tmp_path / "thuisscherm.png").write_bytes(shot)
        width, height, rows = png_pixels(shot)
        background = rows[2][:3]
        painted = sum(1 for row in rows[::8] for x in range(0, len(row), 16 * (len(row) // width // 4 or 1))
                      if row[x:x + 3] != background)
        colours = {row[x:x + 3] for row in rows[::8] for x in range(0, len(row), 4)}
        assert painted > 200 and len(colours) > 8, "the terminal is painted, not an empty page"

        # a key typed in the browser reaches the app: 'e' opens the review screen
        await page.evaluate("document.querySelector('.xterm-helper-textarea').focus()")
        await page.type_key("e")
        await page.wait_for("window.__quez.sent.some(s => s === JSON.stringify(['stdin', 'e']))")
        await page.wait_for("window.__quez.text().includes('Er zijn nog geen gesprekken')")
        (tmp_path / "terugkijken.png").write_bytes(await page.screenshot())
    # the browser is gone: QueZ stops by itself (grace period 1 s in this test)
    import asyncio

    code, out = await asyncio.to_thread(served.wait_stopped, 60)
    assert code == 0 and "QueZ is gestopt" in out
