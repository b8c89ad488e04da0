"""The ``Store``'s parts, one feature each; ``store/api.py`` puts them together into ``Store``.

Every part is a class on ``StoreSession`` (the open archive, its repositories and who works in
it), so each reads like the Store itself (``self.db``, ``self.customers``, ``self.today()``)
while holding only the methods of its own feature.
"""
