"""The Textual user interface. Imported lazily: CLI commands that don't open it never load Textual."""
