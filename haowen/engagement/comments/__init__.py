"""Comments (留言): the rules and moderation (:mod:`.services`) and their HTTP views (:mod:`.views`)."""
