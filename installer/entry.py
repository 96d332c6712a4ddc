"""The bundled program's entry point (PyInstaller needs a script, not a -m module)."""

from dangwu_desktop.cli import main

raise SystemExit(main())
