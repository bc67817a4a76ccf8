"""Benchmarks (PostgreSQL, generated data): `make bench`."""
