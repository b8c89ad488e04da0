"""Exporters: they take plain records from the store (never SQL) and write files — PDF archive
sheets, Excel workbooks. Nothing here imports Qt."""
