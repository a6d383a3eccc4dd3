"""The ``cxworkshop`` command line (Typer). Only commands that open the TUI import Textual."""


def main() -> None:
    """Console-script entry point (``cxworkshop = "cxworkshop.cli:main"``)."""
    from cxworkshop.cli.app import app

    app(prog_name="cxworkshop")
