"""Purchasing benchmarks: orders import and indicators (bench/purchasing/speed.py)."""
