"""Create/edit dialogs, one module per record kind, built on ``record_dialog.RecordDialog``."""
