"""Exports of a session: the markdown action plan and the JSON session format.

Pure Python: no Textual, no TinyDB. ``render_markdown``, ``to_json`` and ``from_json``
are the public entry points.
"""
