"""The workshop domain: models, arithmetic, checks. No Textual, no TinyDB."""
