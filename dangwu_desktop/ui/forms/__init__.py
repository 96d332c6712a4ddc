"""Modules compiled from forms/*.ui by `make forms` (pyside6-uic). Do not edit them by hand."""
