"""Cross-report deduplication: one event, many reports.

    from sitrep import dedup

    dedup.update_clusters(store)               # after ingest: cluster new events
    dedup.rebuild_clusters(store)              # after upgrading sitrep: cluster all again
    for cluster in dedup.clusters(store, EventFilter(type="ASSAULT")):
        print(cluster.to_dict())              # reports, outlets, independent outlets,
                                              # disagreements

Clustering is incremental and deterministic (see :mod:`sitrep.dedup.cluster`);
independence and disagreements are computed when clusters are read, so they
follow the attribution stage as it improves without re-clustering.
"""

from __future__ import annotations

from sitrep.dedup.cluster import JOIN_THRESHOLD, rebuild_clusters, update_clusters
from sitrep.dedup.clusters import Cluster, cluster_index, clusters

__all__ = [
    "JOIN_THRESHOLD",
    "Cluster",
    "cluster_index",
    "clusters",
    "rebuild_clusters",
    "update_clusters",
]
