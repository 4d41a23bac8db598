"""Page views: counting readers' views of an article page (not Django views) and the hot
lists ranked from the counts.

- :mod:`.counter`: de-duplicated counting per visitor (database marks, or Redis);
- :mod:`.redis_counter`: the Redis counters of the scale-out deployment and their flush;
- :mod:`.rollups`: the per-day rollup write both of them use;
- :mod:`.hot`: the hot lists and ``rebuild_view_counts``.
"""
