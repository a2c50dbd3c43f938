"""The Splink baseline: plain Jaro-Winkler on name, Levenshtein on address, exact country,
trained unsupervised (random-sampling u, EM for m), on DuckDB — what a careful team gets from
Splink without chainrights' normalisation, blocking or training data.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from chainrights.matching import Record
from chainrights.matching.records import country_code


@dataclass(frozen=True)
class Prediction:
    facility_id: str | None
    score: float
    decision: str


def _rows(records: list[Record]) -> list[dict[str, str]]:
    return [
        {
            "unique_id": r.key,
            "country": country_code(r.country),
            "name": r.name.lower().strip(),
            "address": (r.address or "").lower().strip() or None,
        }
        for r in records
    ]


def _settings(link_type: str) -> object:
    import splink.comparison_library as cl
    from splink import SettingsCreator, block_on

    return SettingsCreator(
        link_type=link_type,
        comparisons=[
            cl.JaroWinklerAtThresholds("name", [0.95, 0.88, 0.7]),
            cl.LevenshteinAtThresholds("address", [2, 5, 10]),
            cl.ExactMatch("country"),
        ],
        blocking_rules_to_generate_predictions=[
            block_on("country", "substr(name, 1, 3)"),
            block_on("country", "substr(address, 1, 5)"),
        ],
    )


def _train(linker: object) -> None:
    from splink import block_on

    training = linker.training  # type: ignore[attr-defined]
    training.estimate_probability_two_random_records_match(
        [block_on("country", "name")], recall=0.7
    )
    training.estimate_u_using_random_sampling(max_pairs=2e6)
    training.estimate_parameters_using_expectation_maximisation(
        block_on("country", "substr(name, 1, 3)")
    )
    training.estimate_parameters_using_expectation_maximisation(
        block_on("country", "substr(address, 1, 5)")
    )


def score_pairs(records: list[Record], pairs: list[tuple[Record, Record]]) -> list[float]:
    """Train on ``records`` (dedupe), then score each labelled pair."""
    from splink import DuckDBAPI, Linker

    logging.getLogger("splink").setLevel(logging.ERROR)
    db = DuckDBAPI()
    linker = Linker(db.register(_rows(records)), _settings("dedupe_only"), log_level=logging.ERROR)
    _train(linker)
    out = []
    for a, b in pairs:
        left, right = _rows([a])[0], _rows([b])[0]
        result = linker.inference.score_pair(left, right).as_record_list()
        out.append(float(result[0]["match_probability"]))
    return out


def link(registry: list[Record], incoming: list[Record], match: float = 0.99,
         review: float = 0.5) -> dict[str, Prediction]:  # fmt: skip
    from splink import DuckDBAPI, Linker

    logging.getLogger("splink").setLevel(logging.ERROR)
    db = DuckDBAPI()
    left = db.register(_rows(registry), table_name="registry")
    right = db.register(_rows(incoming), table_name="incoming")
    linker = Linker([left, right], _settings("link_only"), log_level=logging.ERROR)
    _train(linker)
    registry_ids = {r.key for r in registry}
    best: dict[str, tuple[str, float]] = {}
    for row in linker.inference.predict(threshold_match_probability=0.01).as_record_list():
        a, b, p = row["unique_id_l"], row["unique_id_r"], row["match_probability"]
        ref, new = (a, b) if a in registry_ids else (b, a)
        if new not in best or p > best[new][1]:
            best[new] = (ref, p)
    out: dict[str, Prediction] = {}
    for rec in incoming:
        ref, p = best.get(rec.key, (None, 0.0))
        decision = "match" if p >= match else "review" if p >= review else "new"
        out[rec.key] = Prediction(ref if decision != "new" else None, p, decision)
    return out
