"""Union-find with cannot-links: transitive merging that never joins what must stay apart.

Matching pairs are joined transitively (A~B and B~C put A, B and C in one project). Two things can refuse a join:

- a cannot-link: a reviewed ``no_match`` decision between two groups of records. Each side gets a tag
  (``2k`` and ``2k+1`` for decision k); a cluster may never hold both tags of one decision, so the pair stays
  apart even through intermediaries.
- ``incompatible(x, y)``: when a join would put two records that fail a veto (other municipalities, other
  periods, other names; see ``match.py``) into one project. Checked for every pair across the two clusters,
  which is cheap because clusters are small; it stops chains like "Familjecentral" (Kungälv) ~ a region's joint
  "Familjecentral" (Kungälv, Mölndal) ~ "Familjecentral" (Mölndal).
"""

from __future__ import annotations

from typing import Callable

MERGED, ALREADY, REFUSED = 1, 0, -1


class Clusters:
    def __init__(self, n: int, incompatible: Callable[[int, int], bool] | None = None):
        self.parent = list(range(n))
        self.members: dict[int, list[int]] = {}
        self.tags: dict[int, set[int]] = {}
        self.incompatible = incompatible

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def members_of(self, root: int) -> list[int]:
        return self.members.get(root) or [root]

    def tag(self, items, t: int) -> None:
        for x in items:
            self.tags.setdefault(self.find(x), set()).add(t)

    def _tags_clash(self, ra: int, rb: int) -> bool:
        ta, tb = self.tags.get(ra), self.tags.get(rb)
        if not ta or not tb:
            return False
        small, big = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
        return any((t ^ 1) in big for t in small)

    def union(self, a: int, b: int, check: bool = True, pair_checked: bool = False) -> int:
        """Join the clusters of a and b. ``check``: refuse if any two records across them are incompatible
        (``pair_checked``: a and b themselves were already found compatible, so two singletons need no check)."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ALREADY
        if self._tags_clash(ra, rb):
            return REFUSED
        ma, mb = self.members_of(ra), self.members_of(rb)
        if check and self.incompatible is not None and (len(ma) > 1 or len(mb) > 1 or not pair_checked):
            inc = self.incompatible
            if any(inc(x, y) for x in ma for y in mb):
                return REFUSED
        if len(ma) < len(mb):
            ra, rb, ma, mb = rb, ra, mb, ma
        self.parent[rb] = ra
        if ra in self.members:
            self.members[ra].extend(mb)
        else:
            self.members[ra] = [ra, *mb]
        self.members.pop(rb, None)
        tb = self.tags.pop(rb, None)
        if tb:
            self.tags.setdefault(ra, set()).update(tb)
        return MERGED

    def labels(self) -> list[int]:
        return [self.find(x) for x in range(len(self.parent))]
