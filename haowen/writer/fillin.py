"""Placeholder fill-in (一键替换): reading a reader's values, saving them when asked.

Form fields: ``g:<group key>`` holds the value for every occurrence of a group
(:attr:`haowen.text.placeholders.Placeholder.key`, e.g. ``g:name|X区``);
``o:<paragraph>:<offset>`` the value for one occurrence, which wins over its group's.
Values are never stored unless a logged-in reader presses 保存 (:func:`save_values`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Mapping

from django.db import transaction
from django.utils.translation import gettext as _

from haowen.text.normalize import LINE_BREAKS
from haowen.text.placeholders import Placeholder, PlaceholderGroup

from haowen.library.models import Article, SavedFill

__all__ = ["MAX_VALUE_CHARS", "MAX_OCCURRENCE_FIELDS", "FillValues", "parse_values", "saved_values", "save_values", "clear_values"]

#: Longest value accepted for one blank, in characters.
MAX_VALUE_CHARS = 60
#: Occurrence-by-occurrence fields offered (the rest are filled by their group's value);
#: keeps a form under Django's DATA_UPLOAD_MAX_NUMBER_FIELDS (1,000).
MAX_OCCURRENCE_FIELDS = 400
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass
class FillValues:
    """Parsed values: ``groups`` (group key → value), ``occurrences`` (occurrence id → value)
    and ``errors`` (one sentence per bad field, naming the blank)."""

    groups: dict[str, str] = field(default_factory=dict)
    occurrences: dict[str, str] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def as_stored(self) -> dict[str, str]:
        out = {f"g:{k}": v for k, v in self.groups.items()}
        out.update({f"o:{k}": v for k, v in self.occurrences.items()})
        return out

    @property
    def filled_any(self) -> bool:
        return bool(self.groups or self.occurrences)


def _clean(raw: str, label: str, errors: list[str]) -> str | None:
    value = _CONTROL.sub("", raw or "").strip()
    if any(ch in LINE_BREAKS for ch in value):  # CR, LF, U+2028, NEL …: a blank is one line
        errors.append(_("“%(label)s”的填写内容不能换行。") % {"label": label})
        return None
    if len(value) > MAX_VALUE_CHARS:
        errors.append(
            _("“%(label)s”的填写内容太长（%(n)d 字），最多 %(max)d 字。")
            % {"label": label, "n": len(value), "max": MAX_VALUE_CHARS}
        )
        return None
    return value


def parse_values(data: Mapping[str, str], groups: list[PlaceholderGroup]) -> FillValues:
    """Read ``g:``/``o:`` fields of ``data`` (a QueryDict or dict) for the given groups.

    Unknown fields are ignored; empty values mean "leave the blank". A value longer than
    :data:`MAX_VALUE_CHARS` or with a line break is rejected with an error naming the
    blank (``XX区``), and that value is not used. Never raises.
    """
    result = FillValues()
    for group in groups:
        value = _clean(data.get(f"g:{group.key}", ""), group.label, result.errors)
        if value:
            result.groups[group.key] = value
        for p in group.occurrences:
            raw = data.get(f"o:{p.occurrence_id}")
            if raw is None:
                continue
            value = _clean(raw, p.label, result.errors)
            if value:
                result.occurrences[p.occurrence_id] = value
    return result


def from_stored(values: Mapping[str, str]) -> FillValues:
    """The inverse of :meth:`FillValues.as_stored` (unknown keys ignored)."""
    result = FillValues()
    for key, value in (values or {}).items():
        if not isinstance(value, str):
            continue
        if key.startswith("g:"):
            result.groups[key[2:]] = value
        elif key.startswith("o:"):
            result.occurrences[key[2:]] = value
    return result


def saved_values(user, article: Article) -> FillValues | None:
    """The values ``user`` saved for ``article``, or None (anonymous users have none)."""
    if user is None or not user.is_authenticated:
        return None
    saved = SavedFill.objects.filter(user=user, article=article).first()
    return from_stored(saved.values) if saved else None


def save_values(user, article: Article, values: FillValues) -> SavedFill:
    """Store ``values`` for (``user``, ``article``), replacing earlier ones.

    Raises ``PermissionError`` for an anonymous user: nothing is stored for them.
    """
    if user is None or not user.is_authenticated:
        raise PermissionError("only logged-in readers can save fill-in values")
    with transaction.atomic():
        saved, _created = SavedFill.objects.update_or_create(
            user=user, article=article, defaults={"values": values.as_stored()}
        )
    return saved


def clear_values(user, article: Article) -> int:
    """Delete ``user``'s saved values for ``article``; return how many rows went (0 or 1)."""
    if user is None or not user.is_authenticated:
        return 0
    deleted, _ = SavedFill.objects.filter(user=user, article=article).delete()
    return deleted


def occurrence_fields(groups: list[PlaceholderGroup], limit: int = MAX_OCCURRENCE_FIELDS) -> set[str]:
    """Occurrence ids that get their own input (the first ``limit`` in text order)."""
    ids: list[Placeholder] = sorted((p for g in groups for p in g.occurrences), key=lambda p: (p.paragraph, p.start))
    return {p.occurrence_id for p in ids[:limit]}
