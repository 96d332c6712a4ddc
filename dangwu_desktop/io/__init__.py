"""Reading the villages' files and writing the township's: importers and exporters, no Qt."""
