"""`python -m dangwu_desktop`: the command line, or the window when no command is given."""

from dangwu_desktop.cli import main

raise SystemExit(main())
