"""Generate a migration from the difference between ``schema.py`` and the newest revision.

    python -m warta.store.revision "what changed"
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from . import Store, alembic_config


def main(message: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "head.db")
        with store.engine.begin() as connection:
            config = alembic_config(connection)
            count = len(list((Path(__file__).parent / "migrations" / "versions").glob("[0-9]*.py")))
            command.revision(config, message=message, autogenerate=True, rev_id=f"{count + 1:04d}")
        store.close()


if __name__ == "__main__":
    main(" ".join(sys.argv[1:]) or "schema change")
