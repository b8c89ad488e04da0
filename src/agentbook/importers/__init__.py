"""Importing an agent's existing spreadsheets (.xlsx, .csv) into the archive.

The pipeline, one module per step and none of them importing Qt:
``source`` reads a file safely into raw rows, ``header`` finds the header row, ``fields`` maps
columns to fields, ``values`` and ``rows`` normalise each row, ``plan`` groups rows into
customers and finds duplicates, ``execute`` writes the accepted rows in one transaction.
``excel_import.ImportSession`` strings them together for the wizard.
"""
