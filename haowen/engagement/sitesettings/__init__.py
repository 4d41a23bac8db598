"""The site settings row (站点设置) and share data: the cached row (:mod:`.services`), its
images and the contact page (:mod:`.views`)."""
