"""Benchmarks of the risk register (``python -m bench.risk.recompute``)."""
