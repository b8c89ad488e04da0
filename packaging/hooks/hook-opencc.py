"""OpenCC's conversion tables (folding 繁/简 for search and duplicates) are data files beside the
module: only the t2s configuration and the dictionaries it names are needed."""

from __future__ import annotations

from PyInstaller.utils.hooks import collect_data_files

datas = [
    (source, target)
    for source, target in collect_data_files("opencc")
    if source.endswith(("t2s.json", "TSCharacters.txt", "TSPhrases.txt"))
]
