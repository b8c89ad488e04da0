"""Reading scans on this computer: the local OCR engine and page-by-page recognition (no Qt, no SQL)."""
