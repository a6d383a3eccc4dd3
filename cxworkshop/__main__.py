"""``python -m cxworkshop``: the same as the ``cxworkshop`` command."""

from cxworkshop.cli import main

if __name__ == "__main__":
    main()
