"""Consent, data-subject requests and destruction on screen (PIPL)."""
