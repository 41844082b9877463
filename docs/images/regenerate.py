"""Regenerate the README's pictures from a `litmine run` of the demo corpus (corpus/).

The static figures are litmine's own PNGs; the report, the concept map and the topic browser are headless Chromium
screenshots of the pages that run wrote. Every picture is scaled to at most 1400 px wide and saved as an optimised
palette PNG under 300 KB.

Run from the repository root: ``python docs/images/regenerate.py`` (needs Chromium on PATH for the screenshots).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
MOST_BYTES = 300_000
MOST_WIDTH = 1400

FIGURES = {  # README picture: the run's file
    "trends.png": "trends/trends.png",
    "concept_network.png": "networks/concepts.png",
    "topics_by_year.png": "topics/topics_by_year.png",
    "thematic_map.png": "networks/concepts_thematic_map.png",
    "thematic_evolution.png": "networks/concepts_thematic_evolution.png",
    "burst_timeline.png": "trends/burst_timeline.png",
}
PAGES = {  # README picture: (the run's page, #hook, window size)
    "report.png": ("report.html", "", "1280,1500"),
    "concept_map.png": ("networks/concepts.html", "selftest=node:co-production", "1400,900"),
    "topic_browser.png": ("topics/topics.html", "selftest=topic:1", "1400,860"),
    "burst_page.png": ("trends/burst_timeline.html", "", "1280,760"),
}


def save_small(source: Path, target: Path) -> int:
    """Scale to MOST_WIDTH at most, quantise to a 256-colour palette (octree: median cut merged small areas of
    vermilion into orange), save optimised; the size in bytes."""
    image = Image.open(source).convert("RGB")
    if image.width > MOST_WIDTH:
        image = image.resize((MOST_WIDTH, round(image.height * MOST_WIDTH / image.width)), Image.Resampling.LANCZOS)
    for colours in (256, 128, 64):
        image.quantize(colors=colours, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE).save(
            target, optimize=True)
        if target.stat().st_size < MOST_BYTES:
            break
    return target.stat().st_size


def main() -> int:
    browser = next((p for n in ("chromium", "chromium-browser", "google-chrome") if (p := shutil.which(n))), None)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        out = work / "outputs"
        # run from the repository root so that the pages show paths as corpus/...
        subprocess.run(["litmine", "run", "corpus", "--out", str(out), "--models", str(work / "models")],
                       check=True, cwd=ROOT)
        for name, rel in FIGURES.items():
            print(f"{name}: {save_small(out / rel, HERE / name):,} bytes")
        if browser is None:
            print("no Chromium on PATH: the page screenshots are left as they were", file=sys.stderr)
            return 0
        # the burst page has no script: a copy with the row of the burst with most documents opened shows them
        page = out / "trends" / "burst_timeline.html"
        text = page.read_text(encoding="utf-8")
        counts = list(re.finditer(r'<span class="bt-num bt-count">(\d+)</span>', text))
        if counts:
            most = max(counts, key=lambda m: int(m[1]))
            start = text.rindex('<details class="bt-row"', 0, most.start())
            page.write_text(text[:start] + '<details open class="bt-row"' + text[start + 23:], encoding="utf-8")
        for name, (rel, hook, window) in PAGES.items():
            shot = work / name
            subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                            f"--user-data-dir={work / 'profile'}", "--virtual-time-budget=5000",
                            f"--window-size={window}", f"--screenshot={shot}",
                            (out / rel).as_uri() + (f"#{hook}" if hook else "")],
                           check=True, capture_output=True, cwd=work)
            print(f"{name}: {save_small(shot, HERE / name):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
