"""python-stdnum is read for one table, GB/T 2260 region codes (``stdnum/cn/loc.dat``), which
``domain/regions.py`` opens without importing the package. The contributed hook would bundle
every country's data files."""

from __future__ import annotations

from PyInstaller.utils.hooks import collect_data_files

datas = [
    (source, target)
    for source, target in collect_data_files("stdnum")
    if source.replace("\\", "/").endswith("/cn/loc.dat")
]
