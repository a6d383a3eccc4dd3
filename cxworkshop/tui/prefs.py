"""Small UI preferences remembered between runs (for now: the theme).

Stored as JSON in the user's config folder (``platformdirs``), or in
``$CXWORKSHOP_CONFIG_DIR`` when set (tests point it at a temporary folder). Reading
or writing preferences never fails loudly: a broken or unwritable file just means the
defaults are used and the choice is not remembered.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

ENV_VAR = "CXWORKSHOP_CONFIG_DIR"
FILE_NAME = "tui.json"

NORMAL_THEME = "textual-dark"
PROJECTOR_THEME = "cx-projector"


@dataclass
class Prefs:
    theme: str = NORMAL_THEME


def config_dir() -> Path:
    """The folder for preferences (not created here)."""
    explicit = os.environ.get(ENV_VAR)
    if explicit:
        return Path(explicit).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir("cxworkshop", appauthor=False))


def prefs_path() -> Path:
    return config_dir() / FILE_NAME


def load_prefs() -> Prefs:
    """The saved preferences, or the defaults when there are none or they are unreadable."""
    try:
        raw = json.loads(prefs_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Prefs()
    if not isinstance(raw, dict):
        return Prefs()
    known = {f.name for f in fields(Prefs)}
    values = {k: v for k, v in raw.items() if k in known and isinstance(v, str)}
    return Prefs(**values)


def save_prefs(prefs: Prefs) -> bool:
    """Write the preferences (creating the config folder). False when that was impossible."""
    path = prefs_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_text(json.dumps(asdict(prefs), indent=2), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        return False
    return True
