"""The synonym map as queries use it: ``{folded term: (forms…)}`` from :class:`Synonym` rows.

Cached in the site cache (shared by every worker) for :data:`CACHE_SECONDS` and in each
process for :data:`LOCAL_SECONDS`, and dropped when a row is saved or deleted, so an edit in
the admin takes effect on the next search in its process and within ``LOCAL_SECONDS`` in
the others.
"""

from __future__ import annotations

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from haowen.library.memo import LocalMemo
from haowen.text.normalize import fold

from .models import MAX_FORMS, Synonym, split_forms

CACHE_KEY = "search:synonyms:v1"
CACHE_SECONDS = 300
#: Seconds a process reuses the map it read (every search reads it).
LOCAL_SECONDS = 2
_memo = LocalMemo(LOCAL_SECONDS)


def load_map() -> dict[str, tuple[str, ...]]:
    """Read the enabled rows (no cache): folded term → its folded forms (≤ ``MAX_FORMS``)."""
    found: dict[str, tuple[str, ...]] = {}
    for term, forms in Synonym.objects.filter(enabled=True).values_list("term", "forms"):
        key = fold(term.strip())
        values = tuple(f for f in split_forms(forms) if f != key)[:MAX_FORMS]
        if key and values:
            found[key] = values
    return found


def synonym_map() -> dict[str, tuple[str, ...]]:
    """The map queries use (cached; see the module docstring)."""
    return _memo.get(CACHE_KEY, lambda: cache.get_or_set(CACHE_KEY, load_map, CACHE_SECONDS))


@receiver(post_save, sender=Synonym, dispatch_uid="haowen-search-synonyms-saved")
@receiver(post_delete, sender=Synonym, dispatch_uid="haowen-search-synonyms-deleted")
def _changed(**kwargs) -> None:
    _memo.clear()
    cache.delete(CACHE_KEY)
