"""Excel from the UI: exporting the branch workbook or a view, and the import wizard."""
