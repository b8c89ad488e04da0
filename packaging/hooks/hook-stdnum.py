"""python-stdnum is read for one table: GB/T 2260 region codes (``stdnum/cn/loc.dat``, through
``stdnum.numdb``). The contributed hook would bundle every country's data files."""

from __future__ import annotations

from PyInstaller.utils.hooks import collect_data_files

datas = [(source, target) for source, target in collect_data_files("stdnum") if source.endswith("loc.dat")]
datas = [(source, target) for source, target in datas if "/cn/" in source.replace("\\", "/")]
hiddenimports = ["stdnum.numdb", "stdnum.cn"]
