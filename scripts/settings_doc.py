"""Write docs/settings.md from the settings table: python scripts/settings_doc.py"""

from pathlib import Path

from warta.settings import markdown

target = Path(__file__).resolve().parents[1] / "docs" / "settings.md"
target.write_text(markdown(), encoding="utf-8")
print(f"wrote {target}")
