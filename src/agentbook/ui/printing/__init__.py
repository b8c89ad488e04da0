"""Printing archive sheets: the print dialog, the in-app preview, PDF export."""
