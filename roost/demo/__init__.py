"""The bundled demo corpus: X archives of Kestrel Street Roost, a fictional birdwatching and rooftop garden collective.

`roost speedrun` with no source trains on these. See README.md here for what is in them and why there are several.
"""

from __future__ import annotations

from pathlib import Path

from roost.demo.content import MEMBERS, OWNER

DEMO_DIR = Path(__file__).parent
ARCHIVES_DIR = DEMO_DIR / "archives"
OWNER_HANDLE = OWNER.handle


def demo_sources() -> list[str]:
    """The demo's archive folders: the collective's own first, then its members' (pooled exports)."""
    handles = [OWNER.handle] + [m.handle for m in MEMBERS if m.ships_archive]
    return [str(ARCHIVES_DIR / handle) for handle in handles]
