"""Exporters: they read plain records from the store and write files (PDF sheets, Excel)."""
