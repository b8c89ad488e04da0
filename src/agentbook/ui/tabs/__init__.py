"""The record tabs of the main window, one module per kind of record."""
