"""Cross-source consolidation: one event with many sources, one claim with many values, pair timelines."""

from .build import ConsolidationStats, consolidate_documents, rebuild, unconsolidated
from .claims import claims
from .events import Cluster, Mention, cluster_mentions
from .timeline import event_detail, timeline

__all__ = ["Cluster", "ConsolidationStats", "Mention", "claims", "cluster_mentions", "consolidate_documents",
           "event_detail", "rebuild", "timeline", "unconsolidated"]
