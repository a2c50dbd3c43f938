"""chainrights.matching: resolve supplier-list rows into stable facilities.

A pure library (no Django): normalise → block → compare → score → decide → cluster.

    from chainrights.matching import Matcher, Index, Record, normalize
    index = Index(normalize(r) for r in registry_records)
    for result in Matcher().match(index, (normalize(r) for r in incoming)):
        print(result.key, result.facility_id, result.decision, result.score)
"""

from chainrights.matching.blocking import Index
from chainrights.matching.decide import Decision, Thresholds
from chainrights.matching.engine import Matcher, Result
from chainrights.matching.humans import HumanDecisions
from chainrights.matching.model import Model, default_model, train
from chainrights.matching.persist import IndexFormatError, load_index, save_index
from chainrights.matching.records import Normalized, Record, normalize

__all__ = [
    "Decision",
    "HumanDecisions",
    "Index",
    "IndexFormatError",
    "Matcher",
    "Model",
    "Normalized",
    "Record",
    "Result",
    "Thresholds",
    "default_model",
    "load_index",
    "normalize",
    "save_index",
    "train",
]
