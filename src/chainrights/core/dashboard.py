"""What needs a signed-in person, gathered from every app without core importing any.

An app registers a function in its ``AppConfig.ready()``; it gets the user and returns the
tiles it has for them (an empty list when their role has nothing there). Each function reads
through its own app's access rules, so a tile never counts what its reader may not see. The
page (`/dashboard`) and its JSON twin (`/api/v1/dashboard`) show the same tiles.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from chainrights.core.types import AnyUser

SHOWN = 5  # entries per tile: the first few, the tile's link has the rest


@dataclass(frozen=True)
class Entry:
    """One thing in a tile: a list, a case, an action; ``late`` when a deadline has passed."""

    text: str
    url: str
    note: str = ""
    late: bool = False


@dataclass(frozen=True)
class Tile:
    key: str  # stable across languages, for the JSON twin and tests
    title: str
    count: int
    url: str
    entries: list[Entry] = field(default_factory=list)
    late: int = 0
    none: str = ""  # what the tile says when nothing waits
    action: str = ""  # a next step's label, linked to ``action_url``
    action_url: str = ""
    more: bool | None = None  # more than the entries behind the link; None: count > entries

    def has_more(self) -> bool:
        """Whether "see all" leads somewhere the entries do not: a tile that counts rows but
        lists the lists holding them says so itself."""
        return self.count > len(self.entries) if self.more is None else self.more


TileFunction = Callable[[AnyUser], list[Tile]]
TILES: dict[str, TileFunction] = {}


def register(name: str, function: TileFunction) -> None:
    TILES[name] = function


def tiles_for(user: AnyUser) -> list[Tile]:
    """Every app's tiles for this user; those with something overdue first, else in the
    order the apps registered."""
    tiles = [t for function in TILES.values() for t in function(user)]
    return sorted(tiles, key=lambda t: t.late == 0)


def as_json(tiles: list[Tile]) -> list[dict[str, Any]]:
    return [asdict(t) | {"more": t.has_more()} for t in tiles]
