"""The writer's tools (写作工具): what a writer does with a model text once found.

Fill-in of placeholders (一键替换, :mod:`.fillin`), Word export in the GB/T 9704-2012 layout
(:mod:`.docx_export`), the print view, the comparison of two versions, tag pages, and the
article page's outline / placeholder / versions / citations box (:class:`.tools.WriterTools`).
Every tool works on what the one entitlement function lets the reader see
(:func:`haowen.accounts.entitlement.entitlement`). The app has no models of its own: the saved
fill-in values (``SavedFill``) stay a library table, so moving the app needed no migration.
"""
