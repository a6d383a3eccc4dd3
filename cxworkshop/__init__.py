"""cxworkshop: run customer-experience workshops from the terminal."""

__version__ = "0.1.0"
