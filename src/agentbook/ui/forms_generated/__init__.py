"""Modules generated from forms/*.ui by forms/build_forms.py; do not edit."""
