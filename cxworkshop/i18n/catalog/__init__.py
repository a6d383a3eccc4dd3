"""Catalogue modules: each defines EN and NL dicts with identical keys."""
